/**
 * What the map costs the GPU, counted rather than timed: the shader programs it links. Under
 * software rendering (most of this project's machines, and many readers' old laptops) each link is
 * a long task, and each full-canvas pass slows every frame. Timings are the benchmark's job.
 */
import { clickMapAt, expect, test, waitForMapIdle } from './fixtures';

declare global {
  interface Window {
    __linkedPrograms?: { sky: boolean }[];
  }
}

/**
 * The programs the map's layers need: stencil clipping, the fill (land and regions share it), the
 * land's outline, the Arctic's hatching, and the dashed (and dash-free) lines.
 */
const PROGRAMS_FOR_THE_LAYERS = 5;

test.beforeEach(async ({ page }) => {
  // Record every program the page links, and whether it is MapLibre's sky (a full-canvas pass).
  await page.addInitScript(() => {
    const linked: { sky: boolean }[] = [];
    window.__linkedPrograms = linked;
    const proto = WebGL2RenderingContext.prototype;
    const link = Object.getOwnPropertyDescriptor(proto, 'linkProgram')?.value as (
      this: WebGL2RenderingContext,
      program: WebGLProgram,
    ) => void;
    proto.linkProgram = function (this: WebGL2RenderingContext, program) {
      const sources = (this.getAttachedShaders(program) ?? []).map((s) => this.getShaderSource(s) ?? '');
      linked.push({ sky: sources.some((s) => s.includes('u_sky_color')) });
      return link.call(this, program);
    };
  });
});

const linkedPrograms = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__linkedPrograms ?? []);

test('the map links only the programs its layers need, and no sky', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const programs = await linkedPrograms(page);
  expect(
    programs.filter((p) => p.sky),
    'sky programs linked',
  ).toHaveLength(0);
  expect(programs.length).toBeGreaterThan(0);
  expect(programs.length).toBeLessThanOrEqual(PROGRAMS_FOR_THE_LAYERS);
});

test('a first click on a region and a first filter link no program', async ({ page }) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const atIdle = (await linkedPrograms(page)).length;
  await clickMapAt(page, 31.99, 46.97);
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
  await waitForMapIdle(page);
  await page.locator('button[data-priority="defence"]').first().click();
  await expect(page.locator('button[data-priority="defence"]').first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await waitForMapIdle(page);
  expect((await linkedPrograms(page)).length).toBe(atIdle);
});
