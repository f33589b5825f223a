/**
 * The still picture of the world under the map until it has drawn (src/app/worldPreview.ts): it
 * must stand exactly where the map then draws the world, look like the map, and go once the map has
 * drawn. It shows only when the map opens on the whole world, on wide screens.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

/** Holds a script back until the returned function is called. */
async function hold(page: Page, script: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Holds MapLibre's chunk back, so the picture is seen alone. */
const holdTheMap = (page: Page) => hold(page, /\/assets\/StrategyMap-[^/]*\.js$/);

/** The map area's background as placed: the picture's URL, its size and the world's corner. */
function placement(page: Page) {
  return page.locator('.map-area').evaluate((area) => {
    const style = getComputedStyle(area);
    const [left = NaN, top = NaN] = style.backgroundPosition.split(' ').map(parseFloat);
    return {
      image: style.backgroundImage,
      size: parseFloat(style.backgroundSize),
      left,
      top,
      rect: area.getBoundingClientRect().toJSON() as DOMRect,
    };
  });
}

/**
 * The picture's placement (its size and the world's north-west corner, in the map area) is where
 * the map draws the world (-180, 85.05), within a pixel.
 */
async function expectWhereTheMapDrawsTheWorld(
  page: Page,
  placed: { size: number; left: number; top: number },
): Promise<void> {
  const map = await page.evaluate(() => {
    const m = window.__strategyMap;
    if (!m) throw new Error('no map');
    const corner = m.project([-180, 85.051129]);
    return { x: corner.x, y: corner.y, size: 512 * 2 ** m.getZoom() };
  });
  expect(Math.abs(placed.size - map.size)).toBeLessThan(0.5);
  // The picture repeats sideways, as the map's world copies do: compare within one world.
  const offset = (((placed.left - map.x) % map.size) + map.size) % map.size;
  expect(Math.min(offset, map.size - offset)).toBeLessThan(1);
  expect(Math.abs(placed.top - map.y)).toBeLessThan(1);
}

/** Hides what is drawn over the map (its labels, the loading message), through the CSSOM. */
async function hideOverlays(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('.maplibregl-marker, .map-message'))
      element.style.visibility = 'hidden';
  });
}

/**
 * How much two pictures of the same size differ in colour, seen from a little way off: the share of
 * 8 x 8 blocks whose mean colour differs by more than 10 of 255 in some channel. Antialiasing and
 * the picture's scaling disappear in the means; a region's tint (about 30) or a shifted coast does
 * not. The second picture can be moved `shift` pixels right first. Compared in a blank page.
 */
async function blockDifference(page: Page, a: Buffer, b: Buffer, shift = 0): Promise<number> {
  const blank = await page.context().newPage();
  const share = await blank.evaluate(
    async ({ a, b, shift }) => {
      const BLOCK = 8;
      const means = async (data: string, dx: number) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.drawImage(image, dx, 0);
        const { data: pixels, width, height } = context.getImageData(0, 0, image.width, image.height);
        const columns = Math.floor((width - shift) / BLOCK);
        const rows = Math.floor(height / BLOCK);
        const sums: number[] = new Array<number>(columns * rows * 3).fill(0);
        for (let y = 0; y < rows * BLOCK; y++)
          for (let x = 0; x < columns * BLOCK; x++)
            for (let c = 0; c < 3; c++) {
              const block = (Math.floor(y / BLOCK) * columns + Math.floor(x / BLOCK)) * 3 + c;
              sums[block] = (sums[block] ?? 0) + (pixels[(y * width + x + shift) * 4 + c] ?? 0);
            }
        return sums.map((sum) => sum / (BLOCK * BLOCK));
      };
      const [first, second] = await Promise.all([means(a, 0), means(b, shift)]);
      let differing = 0;
      for (let i = 0; i < first.length; i += 3) {
        if ([0, 1, 2].some((c) => Math.abs((first[i + c] ?? 0) - (second[i + c] ?? 0)) > 10)) differing++;
      }
      return differing / (first.length / 3);
    },
    { a: a.toString('base64'), b: b.toString('base64'), shift },
  );
  await blank.close();
  return share;
}

test('until the map has drawn, a picture of the world stands exactly where the map then draws the world, and looks like it', async ({
  page,
}) => {
  const release = await holdTheMap(page);
  const picture = page.waitForResponse(/\/images\/world-preview\.webp$/);
  await page.goto('/');
  expect((await picture).status()).toBe(200);
  await expect(page.locator('html')).toHaveClass(/\bworld-preview\b/);
  await expect(page.locator('#panel-heading')).toBeVisible();
  await expect(page.locator('.map-area canvas')).toHaveCount(0);
  const before = await placement(page);
  expect(before.image).toContain('/images/world-preview.webp');
  // The picture is drawn beside the panel: compare what lies right of it.
  const panel = await page.locator('.panel').boundingBox();
  if (!panel) throw new Error('no panel');
  const clip = {
    x: Math.ceil(panel.x + panel.width) + 1,
    y: before.rect.top,
    width: Math.floor(before.rect.right - panel.x - panel.width) - 2,
    height: before.rect.height,
  };
  await hideOverlays(page);
  const shown = await page.screenshot({ clip });

  release();
  await waitForMapIdle(page);
  // Once the map has drawn, the picture goes.
  await expect(page.locator('html')).not.toHaveClass(/\bworld-preview\b/);
  expect((await placement(page)).image).toBe('none');

  await expectWhereTheMapDrawsTheWorld(page, before);

  // And it looks like the map: few pixels differ (coastlines and borders antialiased differently,
  // the picture scaled), many more when the picture is moved by a few pixels.
  await hideOverlays(page);
  const drawn = await page.screenshot({ clip });
  const aligned = await blockDifference(page, shown, drawn);
  const moved = await blockDifference(page, shown, drawn, 4);
  expect(aligned).toBeLessThan(0.02);
  expect(moved).toBeGreaterThan(3 * aligned);
});

test('when a notice about the link makes the map area shorter, the picture is placed again for it as the map is made', async ({
  page,
}) => {
  await page.goto('/?utm_source=mail');
  await expect(page.locator('.notice')).toBeVisible();
  await waitForMapIdle(page);
  // The picture has gone, but its last placement is still on <html>: compare it with the map.
  const placed = await page.evaluate(() => {
    const style = document.documentElement.style;
    const px = (name: string) => parseFloat(style.getPropertyValue(name));
    return { size: px('--world-size'), left: px('--world-left'), top: px('--world-top') };
  });
  await expectWhereTheMapDrawsTheWorld(page, placed);
});

test('a region picked in the panel before the map is made: the picture goes before the map opens on the region', async ({
  page,
}) => {
  // Record, in order, when the picture goes and when the map's canvas arrives. Each record is read
  // as it was made, not as the page is when the callback runs: the picture goes when <html> loses
  // the class it had, and the canvas arrives when the canvas element itself is added.
  await page.addInitScript(() => {
    const events: string[] = [];
    (window as unknown as { __previewEvents: string[] }).__previewEvents = events;
    new MutationObserver((records) => {
      for (const record of records) {
        if (
          record.type === 'attributes' &&
          record.target === document.documentElement &&
          /\bworld-preview\b/.test(record.oldValue ?? '')
        )
          events.push('picture gone');
        for (const node of record.addedNodes)
          if (node instanceof HTMLCanvasElement && node.matches('.maplibregl-canvas'))
            events.push('map canvas');
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
      attributeOldValue: true,
    });
  });
  const release = await holdTheMap(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bworld-preview\b/);
  await page.locator('[data-region-button="mykolaiv"]').click();
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
  release();
  await waitForMapIdle(page);
  const events = await page.evaluate(
    () => (window as unknown as { __previewEvents: string[] }).__previewEvents,
  );
  expect(events.slice(0, 2)).toEqual(['picture gone', 'map canvas']);
});

test("the picture is placed while the page is parsed, without waiting for the app's modules", async ({
  page,
}) => {
  const release = await hold(page, /\/assets\/index-[^/]*\.js$/);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('html')).toHaveClass(/\bworld-preview\b/);
  expect((await placement(page)).size).toBeGreaterThan(0);
  // The app has not run: the page still shows its static frame.
  await expect(page.getByRole('status')).toHaveText('Indlæser … / Loading …');
  release();
  await waitForMapIdle(page);
});

for (const link of ['/?region=baltics', '/?view=3.3/54/12', '/?priority=defence', '/?q=arktis']) {
  test(`a link that opens the map elsewhere, or dimmed, shows no picture of the world (${link})`, async ({
    page,
  }) => {
    const release = await holdTheMap(page);
    await page.goto(link);
    await expect(page.locator('#panel-heading')).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/\bworld-preview\b/);
    expect((await placement(page)).image).toBe('none');
    release();
    await waitForMapIdle(page);
  });
}

test('on a phone the bottom sheet covers most of the map: no picture is drawn or fetched', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('world-preview.webp')) fetched.push(request.url());
  });
  await page.goto('/');
  await waitForMapIdle(page);
  expect((await placement(page)).image).toBe('none');
  expect(fetched).toEqual([]);
});

test('the picture goes when the window is resized before the map has drawn (it would no longer line up)', async ({
  page,
}) => {
  const release = await holdTheMap(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bworld-preview\b/);
  await page.setViewportSize({ width: 1100, height: 700 });
  await expect(page.locator('html')).not.toHaveClass(/\bworld-preview\b/);
  release();
  await waitForMapIdle(page);
});
