#!/usr/bin/env node
/**
 * Pictures of the built app: serves the production build (dist/) on a free loopback port, opens it
 * in headless Chromium (SwiftShader WebGL) and waits for the map to settle.
 *
 *   npm run screenshots       the README's screenshots, PNGs in docs/screenshots/ (builds only if
 *                             dist/ is missing)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium, WEBGL_ARGS } from './find-chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'screenshots');
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
  // Symbol placement fades in over a few frames after the last move.
  await page.waitForTimeout(400);
}

if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.log('No dist/: running "npm run build" first');
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
  for (const shot of SHOTS) {
    const context = await browser.newContext({ ...shot.context, locale: 'da-DK', colorScheme: 'light' });
    // The app marks its first map idle only when asked (src/lib/perf.ts); settle() waits for that mark.
    await context.addInitScript(() => {
      window.__strategyPerf = true;
    });
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
