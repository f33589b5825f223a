import { clickMapAt, expect, expectAccessible, test, waitForMapIdle } from './fixtures';
import { content, measuresOf, priorityText, regionName } from './content';

/** A point inside each of the six regions the brief names, where nothing but the map is on top. */
const POINTS: Record<string, [number, number]> = {
  mykolaiv: [31.99, 46.97],
  baltics: [23.9, 55.3],
  arctic: [-150, 75],
  'western-balkans': [20.0, 41.2],
  'indo-pacific': [78, 22],
  africa: [20, -12],
};

test.describe('journey 1: opening the app', () => {
  test('shows the map with the regions, an inviting panel and an accessible list of the regions', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Danmarks udenrigs- og sikkerhedspolitiske strategi',
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Overblik' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Regioner' });
    for (const region of content.regions.filter((r) => r.kind !== 'global')) {
      await expect(
        list.getByRole('button', { name: new RegExp(`^${escapeRegExp(region.name.da)} \\d+ tiltag$`) }),
      ).toBeVisible();
    }
    await waitForMapIdle(page);
    const drawn = await page.evaluate(
      () =>
        window.__strategyMap?.querySourceFeatures('world', {
          filter: ['==', ['get', 'object'], 'regions'],
        }).length ?? 0,
    );
    expect(drawn).toBeGreaterThan(0);
    await expect(page.getByRole('region', { name: /Verdenskort/ })).toBeVisible();
    await expectAccessible(page, 'initial page');
  });
});

test.describe('journey 2: clicking a region on the map', () => {
  for (const [id, [lng, lat]] of Object.entries(POINTS)) {
    test(`a click inside ${id} opens its panel with its measures`, async ({ page }) => {
      await page.goto('/');
      await waitForMapIdle(page);
      await clickMapAt(page, lng, lat);
      const heading = page.locator('#panel-heading');
      await expect(heading).toHaveText(regionName(id));
      await expect(heading).toBeFocused();
      const expected = measuresOf(id);
      expect(expected.length).toBeGreaterThan(0);
      await expect(page.locator('#panel li.measure')).toHaveCount(expected.length);
      for (const m of expected) await expect(page.locator(`#panel [data-measure="${m.id}"]`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`[?&]region=${id}(&|$)`));
    });
  }

  test('a click in Mykolaiv city shows the reconstruction measures and "also part of: Ukraine"', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await clickMapAt(page, 31.99, 46.97);
    const panel = page.locator('#panel');
    await expect(panel.locator('#panel-heading')).toHaveText('Mykolaiv');
    await expect(panel).toContainText('energisektoren');
    await expect(panel).toContainText('vandforsyningen');
    await expect(panel).toContainText('fødevareproduktionen');
    await expect(
      panel.getByRole('heading', { name: new RegExp(priorityText('ukraine-support')) }),
    ).toBeVisible();
    const alsoPartOf = panel.getByRole('navigation', { name: 'Også en del af' });
    await expect(alsoPartOf.getByRole('button', { name: 'Ukraine' })).toBeVisible();
    await page.locator('#panel li.measure summary').first().click();
    await expect(panel.locator('blockquote').first()).toContainText('Mykolaiv');
    await expect(panel).toContainText('Altinget');
    await expectAccessible(page, 'region selected');

    await alsoPartOf.getByRole('button', { name: 'Ukraine' }).click();
    await expect(panel.locator('#panel-heading')).toHaveText('Ukraine');
    await page.keyboard.press('Escape');
    await expect(panel.locator('#panel-heading')).toHaveText('Overblik');
  });
});

test.describe('journey 6: keyboard only', () => {
  test('every region is reachable and selectable without the map, and focus comes back on close', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Overblik' })).toBeVisible();
    // Tab from the top until the Baltics entry of the region list has focus.
    const target = page.locator('[data-region-button="baltics"]');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'the Baltics list entry is reachable by Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
    await expect(page.locator('#panel-heading')).toBeFocused();
    await expect(page.locator('#panel li.measure')).toHaveCount(measuresOf('baltics').length);
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel-heading')).toHaveText('Overblik');
    await expect(page.locator('[data-region-button="baltics"]')).toBeFocused();
    // Every placed region has a list entry that opens its panel by keyboard.
    for (const region of content.regions.filter((r) => r.kind !== 'global')) {
      await page.locator(`[data-region-button="${region.id}"]`).focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#panel-heading')).toHaveText(region.name.da);
      await page.keyboard.press('Escape');
    }
  });
});

test.describe('mobile', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the panel is a bottom sheet, a tap selects a region, nothing is cut off', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const panel = page.locator('#panel');
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390 + 0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844 + 0.5);
    expect(box!.y).toBeGreaterThan(844 / 3);
    const pixel = await page.evaluate(() => {
      const map = window.__strategyMap!;
      const p = map.project([24, 64]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.touchscreen.tap(pixel.x, pixel.y);
    // Finland: the smallest region there is the Baltic Sea region (the Nordic countries include
    // Greenland, so they are larger).
    await expect(page.locator('#panel-heading')).toHaveText(regionName('baltic-sea'));
    const expected = measuresOf('baltic-sea');
    await expect(page.locator('#panel li.measure')).toHaveCount(expected.length);
    await expect(page.locator(`#panel [data-measure="${expected[0]!.id}"]`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'mobile');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
