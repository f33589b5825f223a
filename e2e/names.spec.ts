/** Names on the map: countries and seas in the app's language, region labels, and no two overlapping. */
import type { Page } from '@playwright/test';
import { expression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { expect, test, waitForMapIdle } from './fixtures';

const NAME_LAYERS = ['region-labels', 'country-names', 'sea-names'];
const TEXT_FIELD = (latest.layout_symbol as unknown as Record<string, StylePropertySpecification>)[
  'text-field'
]!;

interface Rendered {
  layer: string;
  id: string;
  properties: Record<string, unknown>;
  textField: unknown;
  /** Where the label's point is on screen: the copy of the world that is in view. */
  x: number;
  y: number;
}

/** The labels MapLibre drew (after its collision), once each, with the text field of their layer. */
async function renderedNames(page: Page): Promise<Rendered[]> {
  await waitForMapIdle(page);
  // The region labels' data comes a frame after the map: the names are final once they are placed.
  await page.waitForFunction(
    () => window.__strategyMap!.queryRenderedFeatures({ layers: ['region-labels'] }).length > 0,
  );
  await waitForMapIdle(page);
  return page.evaluate((layers) => {
    const map = window.__strategyMap!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const seen = new Map<string, Rendered>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      const key = `${f.layer.id}/${String(f.id)}`;
      if (seen.has(key) || f.geometry.type !== 'Point') continue;
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const copies = [-360, 0, 360].map((d) => map.project([lng + d, lat]));
      const p = copies.find((c) => c.x >= -50 && c.x <= width + 50 && c.y >= -50 && c.y <= height + 50);
      if (!p) continue;
      seen.set(key, {
        layer: f.layer.id,
        id: String(f.id),
        properties: f.properties,
        textField: map.getLayoutProperty(f.layer.id, 'text-field'),
        x: p.x,
        y: p.y,
      });
    }
    return [...seen.values()];
  }, NAME_LAYERS);
}

/** The text MapLibre shows for a label: its layer's text-field evaluated on its properties. */
function textOf(label: Rendered): string {
  const parsed = expression.createPropertyExpression(label.textField, 'text-field', TEXT_FIELD);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return String(parsed.value.evaluate({ zoom: 2 }, { type: 1, properties: label.properties } as never));
}

const countryNames = (labels: Rendered[]) =>
  new Set(labels.filter((l) => l.layer === 'country-names').map(textOf));

test('the world view names countries in Danish for lang=da and in English for lang=en, with no glyph server', async ({
  page,
}) => {
  await page.goto('/?lang=da');
  const da = await renderedNames(page);
  expect(await page.evaluate(() => window.__strategyMap!.getStyle().glyphs)).toBeUndefined();
  const danish = countryNames(da);
  for (const name of ['Brasilien', 'Australien', 'Mongoliet', 'Argentina']) expect(danish).toContain(name);
  expect(danish).not.toContain('Brazil');
  const seas = new Set(da.filter((l) => l.layer === 'sea-names').map(textOf));
  expect(seas).toContain('Stillehavet');
  const regions = new Set(da.filter((l) => l.layer === 'region-labels').map(textOf));
  expect([...regions].some((t) => /^Afrika\s\d+$/.test(t))).toBe(true);

  // The language switches the names in place: the same map, not a rebuilt one.
  await page.evaluate(() => {
    (window.__strategyMap as unknown as { marker: string }).marker = 'first';
  });
  await page.getByRole('button', { name: /English/ }).click();
  await expect.poll(async () => countryNames(await renderedNames(page))).toContain('Brazil');
  expect(await page.evaluate(() => (window.__strategyMap as unknown as { marker?: string }).marker)).toBe(
    'first',
  );

  await page.goto('/?lang=en');
  const english = countryNames(await renderedNames(page));
  for (const name of ['Brazil', 'Australia', 'Mongolia', 'Argentina']) expect(english).toContain(name);
  expect(english).not.toContain('Brasilien');
});

test('no two names overlap at three zoom levels; more names show as the reader zooms in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const total = await page.evaluate(async () => {
    const world = (await (await fetch('/geo/world.json')).json()) as {
      objects: { labels: { geometries: unknown[] } };
    };
    return world.objects.labels.geometries.length;
  });
  const shown: Record<string, Rendered[]> = {};
  for (const view of ['1.5/30/20', '3.2/52/15', '5/56/11']) {
    await page.goto(`/?view=${view}`);
    const labels = await renderedNames(page);
    shown[view] = labels;
    // Each label's smallest possible box: its longest word at the smallest text size, a line high.
    // MapLibre's boxes are larger (whole lines, padding): if even these overlap, the labels do.
    const boxes = await page.evaluate(
      (items) => {
        const context = document.createElement('canvas').getContext('2d')!;
        context.font =
          '10.5px system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif';
        return items.map(({ key, text, x, y }) => {
          const half = Math.max(...text.split(/\s+/).map((w) => context.measureText(w).width)) / 2;
          return { key, left: x - half, right: x + half, top: y - 4, bottom: y + 4 };
        });
      },
      labels.map((l) => ({ key: `${l.layer}/${l.id}`, text: textOf(l), x: l.x, y: l.y })),
    );
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlaps.push(`${a.key} × ${b.key}`);
        }
      }
    }
    expect(overlaps, `overlapping names at ${view}`).toEqual([]);
    expect(labels.length, `names at ${view}`).toBeGreaterThan(5);
  }
  /** The minzoom of each country named at a view. */
  const minzooms = (view: string) =>
    shown[view]!.filter((l) => l.layer === 'country-names').map((l) => Number(l.properties.minzoom));
  // Zoomed out, MapLibre's collision and the names' minzoom leave most names out: only large countries.
  expect(shown['1.5/30/20']!.length).toBeLessThan(total / 2);
  expect(Math.max(...minzooms('1.5/30/20'))).toBeLessThanOrEqual(2);
  // Zoomed in on Europe, the smaller countries' names come in.
  expect(minzooms('3.2/52/15').filter((z) => z > 2).length).toBeGreaterThanOrEqual(3);
  expect(minzooms('5/56/11').filter((z) => z > 2).length).toBeGreaterThanOrEqual(1);
});
