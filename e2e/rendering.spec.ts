/**
 * What the map costs the GPU, counted rather than timed: the shader programs it links. Under
 * software rendering (most of this project's machines, and many readers' old laptops) each link is
 * a long task, and each full-canvas pass slows every frame. Timings are the benchmark's job.
 */
import { content } from './content';
import { clickMapAt, dimmedRegions, expect, test, waitForMapIdle } from './fixtures';

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

test('after a lost WebGL context comes back, the selection and the dimming are drawn again, without a sky', async ({
  page,
}) => {
  await page.goto('/?region=baltics&priority=defence');
  await waitForMapIdle(page);
  const ids = content.regions.map((r) => r.id);
  const selected = () =>
    page.evaluate(
      () =>
        (
          window.__strategyMap?.getFeatureState({ source: 'regions', id: 'baltics' }) as {
            selected?: boolean;
          }
        )?.selected === true,
    );
  const dimmedBefore = await dimmedRegions(page, ids);
  expect(dimmedBefore.length).toBeGreaterThan(0);
  expect(await selected()).toBe(true);
  const linkedBefore = (await linkedPrograms(page)).length;

  await page.evaluate(async () => {
    const canvas = window.__strategyMap?.getCanvas();
    const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (!canvas || !lose) throw new Error('no WEBGL_lose_context');
    const restored = new Promise((resolve) =>
      canvas.addEventListener('webglcontextrestored', resolve, { once: true }),
    );
    await new Promise((resolve) => {
      canvas.addEventListener('webglcontextlost', resolve, { once: true });
      lose.loseContext();
    });
    // Restoring is allowed once the lost event's dispatch is over: a task later, not a microtask.
    await new Promise((resolve) => setTimeout(resolve, 50));
    lose.restoreContext();
    await restored;
  });
  await waitForMapIdle(page);
  await expect.poll(selected).toBe(true);
  await expect.poll(() => dimmedRegions(page, ids)).toEqual(dimmedBefore);
  const relinked = (await linkedPrograms(page)).slice(linkedBefore);
  expect(relinked.length, 'programs linked again for the new context').toBeGreaterThan(0);
  expect(
    relinked.filter((p) => p.sky),
    'sky programs linked after the restore',
  ).toHaveLength(0);
});
