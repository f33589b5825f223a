/** The one-way camera: a view enters the link only when the reader moves the map, and a link shows the same area on any screen. */
import type { Page } from '@playwright/test';
import { clickMapAt, expect, test, waitForMapIdle } from './fixtures';

const LAPTOP = { width: 1366, height: 850 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Where a box of lng/lat lands on the page, and the part of the map the panel leaves free. */
async function onScreen(page: Page, [west, south, east, north]: number[]) {
  return page.evaluate(
    ([w, s, e, n]) => {
      const map = window.__strategyMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const panel = document.getElementById('panel')!.getBoundingClientRect();
      const nw = map.project([w!, n!]);
      const se = map.project([e!, s!]);
      const sideBySide = panel.width < canvas.width * 0.6;
      return {
        box: {
          left: canvas.left + nw.x,
          top: canvas.top + nw.y,
          right: canvas.left + se.x,
          bottom: canvas.top + se.y,
        },
        free: {
          left: sideBySide ? panel.right : canvas.left,
          top: canvas.top,
          right: canvas.right,
          bottom: sideBySide ? canvas.bottom : Math.min(canvas.bottom, panel.top),
        },
      };
    },
    [west, south, east, north],
  );
}

function expectInside({ box, free }: Awaited<ReturnType<typeof onScreen>>, what: string, slack = 1): void {
  expect(box.left, `${what}: west edge`).toBeGreaterThanOrEqual(free.left - slack);
  expect(box.right, `${what}: east edge`).toBeLessThanOrEqual(free.right + slack);
  expect(box.top, `${what}: north edge`).toBeGreaterThanOrEqual(free.top - slack);
  expect(box.bottom, `${what}: south edge`).toBeLessThanOrEqual(free.bottom + slack);
}

const regionBounds = (page: Page, id: string) =>
  page.evaluate(async (region) => {
    const topology = (await (await fetch('geo/world.json')).json()) as {
      objects: { regions: { geometries: { properties: { id: string; bounds: number[] } }[] } };
    };
    return topology.objects.regions.geometries.find((g) => g.properties.id === region)!.properties.bounds;
  }, id);

test('a region clicked on a laptop: the link has no view, and a phone shows the region above the sheet', async ({
  browser,
  baseURL,
}) => {
  const laptop = await browser.newContext({ viewport: LAPTOP });
  const page = await laptop.newPage();
  await page.goto(`${baseURL}/`);
  await waitForMapIdle(page);
  await clickMapAt(page, 23.9, 55.3); // Lithuania
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await page.waitForTimeout(800); // the fit's animation and its moveend
  await waitForMapIdle(page);
  const link = page.url();
  expect(new URL(link).searchParams.get('region')).toBe('baltics');
  expect(new URL(link).searchParams.has('view'), `no view in ${link}`).toBe(false);
  await laptop.close();

  const phone = await browser.newContext(PHONE);
  const small = await phone.newPage();
  await small.goto(link);
  await expect(small.locator('#panel-heading')).toHaveText('Baltikum');
  await waitForMapIdle(small);
  expectInside(await onScreen(small, await regionBounds(small, 'baltics')), 'the Baltic states on the phone');
  await phone.close();
});

test('a view the reader made on a laptop shows the same area on a phone; old centre links still open', async ({
  browser,
  baseURL,
}) => {
  const laptop = await browser.newContext({ viewport: LAPTOP });
  const page = await laptop.newPage();
  await page.goto(`${baseURL}/?region=baltics`);
  await waitForMapIdle(page);
  await page.waitForTimeout(800);
  // The reader pans with the keyboard: the view enters the link.
  await page.locator('.map-canvas canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]view=-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/);
  const link = page.url();
  const [west, south, east, north] = new URL(link).searchParams.get('view')!.split(',').map(Number);
  await laptop.close();

  const phone = await browser.newContext(PHONE);
  const small = await phone.newPage();
  await small.goto(link);
  await waitForMapIdle(small);
  expectInside(await onScreen(small, [west!, south!, east!, north!]), 'the linked area on the phone');
  // Opening the link wrote nothing new: the map's own fit is not a view.
  expect(small.url()).toBe(link);

  await small.goto(`${baseURL}/?view=5/47/32`);
  await waitForMapIdle(small);
  const center = await small.evaluate(() => window.__strategyMap!.getCenter());
  expect(center.lat).toBeCloseTo(47, 1);
  expect(center.lng).toBeCloseTo(32, 1);
  await phone.close();
});
