/** A 390×844 touch phone: the panel is a bottom sheet, the picked region comes first, no keyboard hints. */
import type { Page } from '@playwright/test';
import { measuresOf, regionName } from './content';
import { expect, expectAccessible, pixelOf, test, waitForMapIdle } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const sheet = (page: Page) => page.locator('#panel');
const handle = (page: Page) => page.getByRole('button', { name: /^Panelets højde/ });

/** The picked region's heading and its first measure are on screen, the sheet unscrolled. */
async function expectRegionFirst(page: Page, id: string) {
  const heading = page.locator('#panel-heading');
  await expect(heading).toHaveText(regionName(id));
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'half');
  await expect(heading).toBeInViewport({ ratio: 1 });
  const first = page.locator('#panel li.measure').first();
  expect(measuresOf(id).map((m) => m.id)).toContain(await first.getAttribute('data-measure'));
  await expect(first.locator('.measure-text')).toBeInViewport();
  expect(await sheet(page).evaluate((el) => el.scrollTop)).toBe(0);
}

/** A one-finger drag from the handle to `toY`, as touch events (Chromium turns them into pointer events). */
async function dragHandle(page: Page, toY: number) {
  const box = (await handle(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const fromY = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
    });
  await touch('touchStart', fromY);
  for (let i = 1; i <= 8; i++) await touch('touchMove', fromY + ((toY - fromY) * i) / 8);
  await touch('touchEnd', toY);
  await cdp.detach();
}

test('a tap on the map opens the region at half height, its heading and first measure on screen', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const baltics = await pixelOf(page, 24.3, 56.5);
  expect(baltics.onCanvas, 'the Baltic states are on the map above the sheet').toBe(true);
  await page.touchscreen.tap(baltics.x, baltics.y);
  await expectRegionFirst(page, 'baltics');
  // Search and filters fold into one row: the field and "Filtre", which opens the chips.
  const chips = page.getByRole('group', { name: 'Filtrér efter pejlemærke' });
  await expect(page.getByRole('searchbox')).toBeInViewport();
  await expect(chips).toBeHidden();
  const filters = page.getByRole('button', { name: 'Filtre' });
  await filters.tap();
  await expect(filters).toHaveAttribute('aria-expanded', 'true');
  await expect(chips).toBeVisible();
  await expectAccessible(page, 'phone, region open');
});

test('a region picked from the list comes first too, and Back returns to the overview', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  await page.locator('[data-region-button="mykolaiv"]').tap();
  await expectRegionFirst(page, 'mykolaiv');
  await page.goBack();
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
});

test('the sheet drags to full and back, and the keyboard changes its height too', async ({ page }) => {
  await page.goto('/?region=baltics');
  await expect(page.locator('#panel-heading')).toHaveText(regionName('baltics'));
  const main = (await page.locator('.app-main').boundingBox())!;
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'half');
  await expect(handle(page)).toHaveAccessibleName('Panelets højde: halv');
  const halfHeight = Math.round((await sheet(page).boundingBox())!.height);

  await dragHandle(page, main.y + 20);
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'full');
  await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect
    .poll(async () => (await sheet(page).boundingBox())!.height)
    .toBeGreaterThan(main.height * 0.95);

  await dragHandle(page, main.y + main.height - halfHeight);
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'half');
  await expect.poll(async () => Math.round((await sheet(page).boundingBox())!.height)).toBe(halfHeight);

  await dragHandle(page, main.y + main.height - 30);
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'peek');

  // The keyboard: arrows step, Enter cycles; focus stays on the handle, nothing is trapped.
  await handle(page).focus();
  await page.keyboard.press('ArrowUp');
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'half');
  await page.keyboard.press('ArrowUp');
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'full');
  await page.keyboard.press('Enter');
  await expect(sheet(page)).toHaveAttribute('data-sheet', 'peek');
  await expect(handle(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(handle(page)).not.toBeFocused();
});

test('touch: no keyboard-shortcut hint, hit areas of at least 44 px, the map leaves room for the sheet', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
  await expect(page.getByText('Tryk /')).toHaveCount(0);
  await expect(page.locator('#search-hint')).toHaveCount(0);
  const targets = [
    handle(page),
    page.locator('button[data-priority="defence"]'),
    page.locator('[data-region-button="baltics"]'),
    page.getByRole('button', { name: 'Tabel' }),
  ];
  for (const target of targets) {
    const box = (await target.boundingBox())!;
    expect(box.height, await target.evaluate((el) => el.outerHTML.slice(0, 60))).toBeGreaterThanOrEqual(44);
  }
  // The sheet is the element the map's camera leaves room for, and it says how tall it is.
  await expect(page.locator('#panel[data-sheet]')).toHaveCount(1);
});
