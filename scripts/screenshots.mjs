#!/usr/bin/env node
/**
 * Pictures of the built app: serves the production build (dist/) on a free loopback port, opens it
 * in headless Chromium (SwiftShader WebGL) and waits for the map to settle.
 *
 *   npm run screenshots       the README's screenshots, PNGs in docs/screenshots/ (builds only if
 *                             dist/ is missing)
 *   npm run world-preview     builds, then draws public/images/world-preview.webp (and its copy in
 *                             dist/): the whole world as the map draws it (no labels, nothing
 *                             selected), shown under the map until it has drawn
 *                             (src/app/worldPreview.ts). Run it after changing the map's look or
 *                             geometry.
 *   npm run map-programs      builds, then writes src/map/programs.json: the shader programs the map
 *                             links as it opens (their sources and attribute bindings), which the
 *                             WebGL probe's worker links first (src/app/webgl2.worker.ts). Run it
 *                             after changing the map's layers or MapLibre (an e2e test says when).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, WEBGL_ARGS } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'screenshots');
const worldPreviewMode = process.argv.includes('--world-preview');
const mapProgramsMode = process.argv.includes('--map-programs');
/** Capturing the picture or the programs, which must come from the code as it is now: always a fresh build. */
const capturing = worldPreviewMode || mapProgramsMode;
const MAP_PROGRAMS = join(root, 'src', 'map', 'programs.json');
/** The world square at zoom 1: 1024 pixels each way, enough for the world beside the panel on a wide screen. */
const WORLD_PREVIEW = {
  file: join(root, 'public', 'images', 'world-preview.webp'),
  size: 1024,
  quality: 0.7,
};

const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
const MOBILE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

const SHOTS = [
  { file: 'app.png', path: '/', context: DESKTOP },
  // The whole world in the ~850 px right of the panel, centred on the Pacific: the antimeridian
  // (Chukotka, Fiji, Antarctica) runs through the middle of the picture, where a streak would show.
  { file: 'world.png', path: '/?view=0.7/10/67', context: DESKTOP },
  // Centred west of Denmark so that Denmark is not under the panel.
  { file: 'europe.png', path: '/?view=3.3/54/12', context: DESKTOP },
  { file: 'region-desktop.png', path: '/?region=mykolaiv', context: DESKTOP },
  { file: 'region-mobile.png', path: '/?region=baltics', context: MOBILE },
];

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForServer(url, server, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Resolves at the map's next idle (or now, if it is idle already), then one frame later. */
function mapIdle(page) {
  return page.evaluate(
    () =>
      new Promise((r) => {
        const m = window.__strategyMap;
        if (!m.isMoving() && m.areTilesLoaded() && m.loaded()) requestAnimationFrame(() => r(null));
        else m.once('idle', () => r(null));
      }),
  );
}

/** The first idle, then until the map stays still (a region's fit animation runs after load). */
async function settle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('strategy:map-idle').length > 0, null, {
    timeout: 60_000,
  });
  for (let i = 0; i < 10; i++) {
    await mapIdle(page);
    await page.waitForTimeout(700);
    const still = await page.evaluate(() => {
      const m = window.__strategyMap;
      return !m.isMoving() && m.loaded();
    });
    if (still) break;
  }
  // Label placement (HTML labels) follows the last render.
  await page.waitForTimeout(400);
}

/**
 * The whole Web Mercator world at zoom 1 fills a 1024 x 1024 canvas exactly (north-west corner at
 * (-180, 85.05)). Everything but the canvas and the sea behind it is hidden; the picture is encoded
 * as WebP by the browser itself.
 */
async function takeWorldPreview(browser, base) {
  const { size, quality, file } = WORLD_PREVIEW;
  const context = await browser.newContext({
    viewport: { width: size, height: size },
    deviceScaleFactor: 1,
    // The style below is inline, which the app's policy forbids.
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${base}/?view=1/0/0`);
  await page.addStyleTag({
    content:
      '.app-header, .app-footer, .notice, .panel, .maplibregl-marker, .map-tooltip { display: none !important; }',
  });
  await settle(page);
  await page.evaluate(() => window.__strategyMap.jumpTo({ center: [0, 0], zoom: 1 }));
  await settle(page);
  const box = await page.locator('.map-area').boundingBox();
  if (!box || Math.round(box.width) !== size || Math.round(box.height) !== size) {
    throw new Error(`The map area is ${box?.width} x ${box?.height}, not ${size} x ${size}`);
  }
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: size, height: size } });
  const encoder = await context.newPage();
  const webp = await encoder.evaluate(
    async ({ data, q }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      canvas.getContext('2d').drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', q).split(',')[1];
    },
    { data: png.toString('base64'), q: quality },
  );
  writeFileSync(file, Buffer.from(webp, 'base64'));
  // The build carries the new picture too, without building again.
  copyFileSync(file, join(root, 'dist', 'images', 'world-preview.webp'));
  console.log(
    `public/images/world-preview.webp ${size} x ${size}, ${Math.round(statSync(file).size / 1024)} KB`,
  );
  await context.close();
}

/**
 * The programs the map links while it opens on the world, in order: each one's vertex and fragment
 * source and its attribute bindings, recorded from WebGL itself.
 */
async function takeMapPrograms(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const proto = WebGL2RenderingContext.prototype;
    const linked = [];
    window.__linkedSources = linked;
    const sources = new WeakMap();
    const bindings = new WeakMap();
    const shaderSource = proto.shaderSource;
    proto.shaderSource = function (shader, source) {
      sources.set(shader, source);
      return shaderSource.call(this, shader, source);
    };
    const bindAttribLocation = proto.bindAttribLocation;
    proto.bindAttribLocation = function (program, index, name) {
      bindings.set(program, [...(bindings.get(program) ?? []), [index, name]]);
      return bindAttribLocation.call(this, program, index, name);
    };
    const linkProgram = proto.linkProgram;
    proto.linkProgram = function (program) {
      const shaders = this.getAttachedShaders(program) ?? [];
      const of = (type) =>
        sources.get(shaders.find((s) => this.getShaderParameter(s, this.SHADER_TYPE) === type));
      linked.push({
        vertex: of(this.VERTEX_SHADER),
        fragment: of(this.FRAGMENT_SHADER),
        attributes: bindings.get(program) ?? [],
      });
      return linkProgram.call(this, program);
    };
  });
  await page.goto(`${base}/`);
  await settle(page);
  const programs = await page.evaluate(() => window.__linkedSources);
  writeFileSync(MAP_PROGRAMS, `[\n${programs.map((p) => JSON.stringify(p)).join(',\n')}\n]\n`);
  console.log(`src/map/programs.json: ${programs.length} programs`);
  await context.close();
}

if (capturing || !existsSync(join(root, 'dist', 'index.html'))) {
  console.log(capturing ? 'Running "npm run build" first' : 'No dist/: running "npm run build" first');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(outDir, { recursive: true });

// Serve a copy, so that a rebuild while the screenshots are taken cannot swap files under them.
const snapshot = mkdtempSync(join(tmpdir(), 'screenshots-dist-'));
cpSync(join(root, 'dist'), snapshot, { recursive: true });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  [join(root, 'scripts', 'serve.mjs'), '--port', String(port), '--dir', snapshot, '--quiet'],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  },
);
let browser;
let failed = false;
try {
  await waitForServer(`${base}/`, server);
  browser = await chromium.launch({ executablePath: findChromium(), args: WEBGL_ARGS });
  if (worldPreviewMode) await takeWorldPreview(browser, base);
  if (mapProgramsMode) await takeMapPrograms(browser, base);
  for (const shot of capturing ? [] : SHOTS) {
    const context = await browser.newContext({ ...shot.context, locale: 'da-DK', colorScheme: 'light' });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) {
        problems.push(`request to another origin: ${r.url()}`);
      }
    });
    try {
      await page.goto(base + shot.path);
      await settle(page);
      const file = join(outDir, shot.file);
      await page.screenshot({ path: file });
      const kb = Math.round(statSync(file).size / 1024);
      console.log(`${shot.file.padEnd(20)} ${shot.path.padEnd(20)} ${kb} KB`);
    } catch (error) {
      failed = true;
      console.error(`${shot.file}: ${error instanceof Error ? error.message : error}`);
    }
    for (const problem of problems) console.warn(`  ${shot.file}: ${problem}`);
    await context.close();
  }
} finally {
  await browser?.close();
  server.kill();
  rmSync(snapshot, { recursive: true, force: true });
}
if (failed) process.exit(1);
