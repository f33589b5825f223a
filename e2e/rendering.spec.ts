/**
 * What the map costs, counted rather than timed: the shader programs it links, and the shapes the
 * main thread copies to and from MapLibre's worker. Under software rendering (most of this
 * project's machines, and many readers' old laptops) each link is a long task, and each full-canvas
 * pass slows every frame; copying the world's shapes was two more long tasks. Timings are the
 * benchmark's job.
 */
import { content } from './content';
import mapPrograms from '../src/map/programs.json' with { type: 'json' };
import { clickMapAt, dimmedRegions, expect, test, waitForMapIdle } from './fixtures';

declare global {
  interface Window {
    __linkedPrograms?: { sky: boolean; vertex: string; fragment: string; task: number }[];
    __workerMessages?: { sent: number; received: number; largestSent: number; largestReceived: number };
    /** When the WebGL worker said 'linked', and when the map's canvas arrived. */
    __mapStart?: { linked?: number; canvas?: number };
  }
}

/**
 * The programs the map's layers need: stencil clipping, the fill (land and regions share it), the
 * land's outline (the borders) and the line (the Arctic's hatching and circle and the selection
 * outline share it).
 */
const PROGRAMS_FOR_THE_LAYERS = 4;

test.beforeEach(async ({ page }) => {
  // Record every program the page links, and whether it is MapLibre's sky (a full-canvas pass).
  await page.addInitScript(() => {
    const linked: { sky: boolean; vertex: string; fragment: string; task: number }[] = [];
    window.__linkedPrograms = linked;
    // Links made in one task (one animation frame) share a number.
    let task = 0;
    let inTask = false;
    const proto = WebGL2RenderingContext.prototype;
    const link = Object.getOwnPropertyDescriptor(proto, 'linkProgram')?.value as (
      this: WebGL2RenderingContext,
      program: WebGLProgram,
    ) => void;
    proto.linkProgram = function (this: WebGL2RenderingContext, program) {
      const shaders = this.getAttachedShaders(program) ?? [];
      const source = (type: number) => {
        const shader = shaders.find((s) => this.getShaderParameter(s, this.SHADER_TYPE) === type);
        return shader ? (this.getShaderSource(shader) ?? '') : '';
      };
      const vertex = source(this.VERTEX_SHADER);
      const fragment = source(this.FRAGMENT_SHADER);
      if (!inTask) {
        task++;
        inTask = true;
        setTimeout(() => (inTask = false), 0);
      }
      linked.push({ sky: [vertex, fragment].some((s) => s.includes('u_sky_color')), vertex, fragment, task });
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

test('the map links all its programs in one frame, the first with the world in it', async ({ page }) => {
  // Each frame that links a program waits on the GPU process (a long task under software rendering).
  // The world's shapes are one source, so one tile brings every layer; the selection's (empty)
  // layer is hidden, so its tiles draw nothing before that.
  await page.goto('/');
  await waitForMapIdle(page);
  const programs = await linkedPrograms(page);
  expect(programs).toHaveLength(PROGRAMS_FOR_THE_LAYERS);
  expect(new Set(programs.map((p) => p.task)).size, 'frames that linked a program').toBe(1);
});

test('only a selected region with a shape is outlined: none once it is closed or for the Arctic zone', async ({
  page,
}) => {
  const outlined = () =>
    page.evaluate(() =>
      [
        ...new Set(
          window.__strategyMap
            ?.queryRenderedFeatures({ layers: ['selection-outline'] })
            .map((f) => String(f.properties.id)),
        ),
      ].sort(),
    );
  await page.goto('/?region=baltics');
  await waitForMapIdle(page);
  await expect.poll(outlined, { message: 'the Baltics outlined' }).toEqual(['baltics']);
  await page.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  await expect.poll(outlined, { message: 'no outline once closed' }).toEqual([]);
  await page.goBack();
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await expect.poll(outlined, { message: 'the Baltics outlined again after Back' }).toEqual(['baltics']);
  await page.goto('/?region=arctic');
  await waitForMapIdle(page);
  await expect(page.locator('#panel-heading')).toHaveText('Arktis');
  expect(await outlined(), 'no outline for the Arctic zone').toEqual([]);
});

test('the programs the WebGL worker links first are those the map links (else run npm run map-programs)', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  const linked = (await linkedPrograms(page)).map(({ vertex, fragment }) => ({ vertex, fragment }));
  const prelinked = mapPrograms.map(({ vertex, fragment }) => ({ vertex, fragment }));
  expect(linked.length).toBeGreaterThan(0);
  expect(linked, 'src/map/programs.json is out of date: run npm run map-programs').toEqual(prelinked);
});

test('the map is made once the WebGL worker has linked its programs, not while it still links them', async ({
  page,
}) => {
  // The worker is served with a busy second between its links and its 'linked': a map made on the
  // WebGL answer alone would come first, and wait on the GPU process for the programs it links.
  await page.route(/\/assets\/webgl2\.worker-[^/]*\.js$/, async (route) => {
    const response = await route.fetch();
    const script = await response.text();
    const said = /postMessage\((["'`])linked\1\)/;
    expect(script, "the worker's script says 'linked'").toMatch(said);
    const late = script.replace(said, '(()=>{const t=Date.now()+1000;while(Date.now()<t);})(),$&');
    await route.fulfill({ response, body: late });
  });
  // When the worker says 'linked', and when the map's canvas arrives.
  await page.addInitScript(() => {
    const times: { linked?: number; canvas?: number } = {};
    window.__mapStart = times;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent<unknown>) => {
          if (e.data === 'linked') times.linked = performance.now();
        });
      }
    };
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLCanvasElement && node.matches('.maplibregl-canvas'))
            times.canvas ??= performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await waitForMapIdle(page);
  const times = await page.evaluate(() => window.__mapStart ?? {});
  expect(times.linked, "the worker said 'linked'").toBeGreaterThan(0);
  expect(times.canvas, 'the map was made after that').toBeGreaterThan(times.linked ?? Infinity);
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
          window.__strategyMap?.getFeatureState({ source: 'world', id: 'baltics' }) as {
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

test("the main thread copies no shapes to or from MapLibre's worker: the worker loads them itself", async ({
  page,
}) => {
  // Count the numbers in plain arrays (GeoJSON coordinates) of every message to and from a worker;
  // typed arrays (the tiles' vertex buffers) are transferred, not copied, and do not count.
  await page.addInitScript(() => {
    const tally = { sent: 0, received: 0, largestSent: 0, largestReceived: 0 };
    window.__workerMessages = tally;
    const numbersIn = (value: unknown, seen = new Set<object>()): number => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 0;
      seen.add(value);
      let n = 0;
      if (Array.isArray(value)) for (const x of value) n += typeof x === 'number' ? 1 : numbersIn(x, seen);
      else for (const x of Object.values(value)) n += numbersIn(x, seen);
      return n;
    };
    const post = Object.getOwnPropertyDescriptor(Worker.prototype, 'postMessage')?.value as (
      this: Worker,
      ...args: unknown[]
    ) => void;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      tally.sent++;
      tally.largestSent = Math.max(tally.largestSent, numbersIn(args[0]));
      post.apply(this, args);
    } as typeof Worker.prototype.postMessage;
    const listen = Object.getOwnPropertyDescriptor(EventTarget.prototype, 'addEventListener')?.value as (
      this: Worker,
      ...args: unknown[]
    ) => void;
    Worker.prototype.addEventListener = function (
      this: Worker,
      type: unknown,
      listener: unknown,
      options?: unknown,
    ) {
      if (type !== 'message' || typeof listener !== 'function')
        return listen.call(this, type, listener, options);
      const counted = function (this: Worker, event: MessageEvent) {
        tally.received++;
        tally.largestReceived = Math.max(tally.largestReceived, numbersIn(event.data));
        return (listener as (e: MessageEvent) => unknown).call(this, event);
      };
      return listen.call(this, type, counted, options);
    } as typeof Worker.prototype.addEventListener;
  });
  await page.goto('/?region=baltics');
  await waitForMapIdle(page);
  // The shapes are there: the land, the regions, and the selected region's outline, which the map
  // loads a frame after the panel (it may come after the first idle).
  const count = (layer: string) =>
    page.evaluate((id) => window.__strategyMap?.queryRenderedFeatures({ layers: [id] }).length ?? 0, layer);
  await expect
    .poll(() => count('selection-outline'), { message: "the selected region's outline" })
    .toBeGreaterThan(0);
  expect(await count('countries-fill')).toBeGreaterThan(5);
  expect(await count('regions-fill')).toBeGreaterThan(0);
  // Every message so far, the outline's too, was about a region, a tile or a URL.
  const tally = await page.evaluate(() => window.__workerMessages);
  // The countries alone are some 74,000 numbers; a message about a region, a tile or a URL a few dozen.
  expect(tally?.sent, 'messages the page sent its workers').toBeGreaterThan(5);
  expect(tally?.received, 'messages the page received from its workers').toBeGreaterThan(5);
  expect(tally?.largestSent, 'coordinates in the largest message to a worker').toBeLessThan(1000);
  expect(tally?.largestReceived, 'coordinates in the largest message from a worker').toBeLessThan(1000);
});
