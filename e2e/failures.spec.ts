import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

const BAD_CONTENT: Record<string, { status: number; body: string }> = {
  'an HTTP error': { status: 500, body: 'oops' },
  'invalid JSON': { status: 200, body: '{"source": ' },
  'a schema mismatch': { status: 200, body: JSON.stringify({ priorities: [], measures: 'none' }) },
};

for (const [what, response] of Object.entries(BAD_CONTENT)) {
  test(`content failing with ${what}: a clear message, and Retry recovers`, async ({ page, guards }) => {
    guards.allowErrors.push(/Failed to load resource/);
    await page.route('**/data/strategy.json', (route) =>
      route.fulfill({ status: response.status, body: response.body, contentType: 'application/json' }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Strategiens indhold kunne ikke indlæses.', { timeout: 20_000 });
    await page.unroute('**/data/strategy.json');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  });
}

/**
 * A file the map needs fails (503) while the page loads: a clear message and no still picture of a
 * map that is not coming; the panel still works; once the file is back, Retry draws the map.
 */
async function expectRetryToDrawTheMap(page: Page, file: string | RegExp, message: string): Promise<void> {
  await page.route(file, (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(message, { timeout: 20_000 });
  await page.locator('[data-region-button="africa"]').click();
  await expect(page.locator('#panel-heading')).toHaveText('Afrika');
  await page.unroute(file);
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await waitForMapIdle(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('geometry failing: a clear message, the panel still works, and Retry draws the map', async ({
  page,
  guards,
}) => {
  guards.allowErrors.push(/Failed to load resource/);
  await expectRetryToDrawTheMap(page, '**/geo/world.json', 'Kortets geometri kunne ikke indlæses.');
});

test("MapLibre's chunk failing to load: the map says so, the panel works, and Retry draws the map", async ({
  page,
  guards,
}) => {
  guards.allowErrors.push(/Failed to load resource|Failed to fetch dynamically imported module/);
  await expectRetryToDrawTheMap(page, /\/assets\/StrategyMap-[^/]*\.js$/, 'Kortet kunne ikke indlæses.');
});
