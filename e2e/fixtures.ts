import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Map as MapLibre } from 'maplibre-gl';

declare global {
  interface Window {
    __strategyMap?: MapLibre;
    __strategyPerf?: boolean;
  }
}

/**
 * Every journey runs under the same guards: no request to any origin but the app's own, no console
 * error or unhandled rejection, and (where a journey calls `expectAccessible`) no axe violation.
 */

/** Browser noise that is not the app's fault, matched by exact text. The one list of it. */
export const KNOWN_NOISE: readonly string[] = [];

interface Guards {
  foreignRequests: string[];
  consoleErrors: string[];
  /** Errors a journey provokes on purpose (a failing data request), matched by pattern. */
  allowErrors: RegExp[];
}

export const test = base.extend<{ guards: Guards }>({
  // The app's performance marks are off unless a page asks for them (src/lib/perf.ts).
  context: async ({ context }, provide) => {
    await context.addInitScript(() => {
      window.__strategyPerf = true;
    });
    await provide(context);
  },
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const guards: Guards = { foreignRequests: [], consoleErrors: [], allowErrors: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) guards.foreignRequests.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !KNOWN_NOISE.includes(message.text())) {
          guards.consoleErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => guards.consoleErrors.push(`unhandled: ${error.message}`));
      await use(guards);
      expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
      const unexpected = guards.consoleErrors.filter((e) => !guards.allowErrors.some((p) => p.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations: ${what}`).toEqual([]);
}

/** Wait until the map has loaded and is idle (no camera move, everything drawn). */
export async function waitForMapIdle(page: Page): Promise<void> {
  // The map names itself on `load` (StrategyMap), in every context, marks or not.
  await page.waitForFunction(() => window.__strategyMap !== undefined, null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__strategyMap;
        if (!map) throw new Error('no map');
        const settle = () => requestAnimationFrame(() => resolve());
        if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) settle();
        else map.once('idle', settle);
      }),
  );
}

/** The page pixel of a geographic point, and what element is on top there. */
export async function pixelOf(page: Page, lng: number, lat: number) {
  return page.evaluate(
    ([x, y]) => {
      const map = window.__strategyMap;
      if (!map) throw new Error('no map');
      const point = map.project([x, y]);
      const rect = map.getCanvas().getBoundingClientRect();
      const px = rect.left + point.x;
      const py = rect.top + point.y;
      const top = document.elementFromPoint(px, py);
      return { x: px, y: py, onCanvas: top === map.getCanvas() };
    },
    [lng, lat] as const,
  );
}

/** Click the map itself at a geographic point (fails if a label or the panel covers it). */
export async function clickMapAt(page: Page, lng: number, lat: number): Promise<void> {
  const pixel = await pixelOf(page, lng, lat);
  expect(pixel.onCanvas, `the map canvas is on top at ${lng},${lat}`).toBe(true);
  await page.mouse.click(pixel.x, pixel.y);
}

/** Region ids whose feature-state says `dimmed`. */
export async function dimmedRegions(page: Page, ids: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.filter((id) => {
        const state = window.__strategyMap?.getFeatureState({ source: 'world', id }) as {
          dimmed?: boolean;
        };
        return state?.dimmed === true;
      }),
    [...ids],
  );
}
