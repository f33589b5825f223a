import { expect, test, waitForMapIdle } from './fixtures';
import { measuresOf } from './content';

test('journey 4: a link reopens exactly: region, filter, language and view', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseURL}/?region=mykolaiv&priority=ukraine-support&lang=en&view=5/47/32`);
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Denmark's foreign and security policy strategy",
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('button[data-priority="ukraine-support"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('#panel li.measure')).toHaveCount(
    measuresOf('mykolaiv', ['ukraine-support']).length,
  );
  await expect(page).toHaveTitle(/^Mykolaiv · /);
  await waitForMapIdle(page);
  const view = await page.evaluate(() => {
    const m = window.__strategyMap!;
    return { zoom: m.getZoom(), lat: m.getCenter().lat, lng: m.getCenter().lng };
  });
  expect(view.zoom).toBeCloseTo(5, 2);
  expect(view.lat).toBeCloseTo(47, 2);
  expect(view.lng).toBeCloseTo(32, 2);
  await expect(page).toHaveURL(/\?region=mykolaiv&priority=ukraine-support&lang=en&view=5\/47\/32$/);
  await context.close();
});

test('Back and Forward walk through selections', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-region-button="baltics"]').click();
  await expect(page).toHaveURL(/region=baltics/);
  await page.locator('button[data-priority="defence"]').click();
  await expect(page).toHaveURL(/region=baltics&priority=defence/);
  await page.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  await expect(page).not.toHaveURL(/region=/);

  await page.goBack();
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
});

test('the shared link, read from the clipboard, reopens the same state in a new context', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${baseURL}/?region=arctic&priority=defence`);
  await expect(page.locator('#panel-heading')).toHaveText('Arktis');
  await page.getByRole('button', { name: 'Del' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Linket er kopieret.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The view's static page, with the filters as its query.
  expect(link).toBe(`${baseURL}/da/arctic/?priority=defence`);
  const other = await browser.newContext();
  const reopened = await other.newPage();
  await reopened.goto(link);
  await expect(reopened.locator('#panel-heading')).toHaveText('Arktis');
  await expect(reopened.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
  await other.close();
  await context.close();
});

test('journey 7: a hostile link loads, says what it ignored, runs no script, and keeps the valid parts', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/?region=<script>alert(1)</script>&priority=nope&view=abc');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('Dele af linket blev ignoreret');
  await expect(notice).toContainText('<script>alert(1)</script>');
  await expect(notice).toContainText('ukendt region');
  await expect(notice).toContainText('ukendt pejlemærke');
  await expect(notice).toContainText('ugyldig kortvisning');
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(dialogs).toBe(0);

  await page.goto('/?region=baltics&priority=defence,nope&view=999/0/0');
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.notice')).toContainText('nope');
  await expect(page.locator('.notice')).toContainText('kortvisning uden for det gyldige område');
  await waitForMapIdle(page);
  expect(dialogs).toBe(0);
});
