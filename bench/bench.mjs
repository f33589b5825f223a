#!/usr/bin/env node
/**
 * Benchmark of the production build in headless Chromium (figures, not pass/fail).
 *
 *   npm run bench -- [--runs 5] [--lighthouse-runs 2] [--no-lighthouse] [--cpu-throttle 1]
 *                    [--no-build] [--settle-ms 3000] [--press-ms 80] [--max-minutes 30]
 *                    [--out bench-results/bench.json]
 *
 * 1. Installs bench/'s own dependencies (Lighthouse, world-atlas) if they are missing or stale.
 * 2. Builds the app (npm run build) and the baseline (bench/baseline/: a plain React + MapLibre
 *    world map of Natural Earth 110m countries, built with the root's Vite), copies both builds
 *    to temporary directories and serves each with scripts/serve.mjs on a free loopback port.
 * 3. The static size budgets of scripts/budgets.mjs (the same figures e2e/budgets.spec.ts tests).
 * 4. --runs rounds, the app and the baseline interleaved (their order alternates), each load in a
 *    fresh context: panel text on screen, map load and first idle (performance marks), the
 *    JavaScript fetched before the first idle (each file gzip -9), then for the app a click on
 *    Mykolaiv -> panel updated and the defence chip -> map repainted. --cpu-throttle N slows the
 *    page's main thread N times (CDP Emulation.setCPUThrottlingRate; Lighthouse throttles itself).
 * 5. Lighthouse 12 desktop and mobile on the app, medians of --lighthouse-runs runs each.
 *
 * Prints a table and writes every figure as JSON to --out. Stops by itself (--max-minutes) and
 * kills its servers and browsers.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePackage } from '../scripts/ensure-package.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
process.chdir(ROOT);

// ---------------------------------------------------------------------------------------------
// bench/'s own dependencies, installed on demand (they stay out of the app's install).

ensurePackage(BENCH);

const { chromium } = await import('@playwright/test');
const { findChromium, WEBGL_ARGS } = await import('../scripts/find-chromium.mjs');
const { describeCheck, formatKB, gzipSize, isMapLibreChunk, measureBudgets } =
  await import('../scripts/budgets.mjs');

// ---------------------------------------------------------------------------------------------
// Clean-up: whatever happens, the servers, the browsers and the temporary copies go away.

const cleanups = [];
function cleanup() {
  while (cleanups.length > 0) {
    try {
      cleanups.pop()();
    } catch {
      // best effort: keep cleaning
    }
  }
}
function fail(message) {
  console.error(`bench: ${message}`);
  cleanup();
  process.exit(1);
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => fail(`${signal}, stopping`));
}

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const number = (name, fallback, min) => {
  const value = Number(option(name, fallback));
  if (!Number.isFinite(value) || value < min) fail(`--${name} must be a number of ${min} or more`);
  return value;
};
if (flag('help')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
  process.exit(0);
}
const RUNS = number('runs', 5, 1);
const LH_RUNS = number('lighthouse-runs', 2, 1);
const LIGHTHOUSE = !flag('no-lighthouse');
const BUILD = !flag('no-build');
const CPU_THROTTLE = number('cpu-throttle', 1, 1);
const OUT = resolve(option('out', 'bench-results/bench.json'));
const MAX_MINUTES = number('max-minutes', 30, 1);
/**
 * Every new window of headless Chromium starts its own omnibox popup (a WebUI page, about 3 s of
 * CPU on 2 cores). A load waits this long after its window opened, so the figures time the page
 * and not the browser's start-up; a reader's window is open before they type the address.
 */
const SETTLE_MS = number('settle-ms', 3000, 0);
/**
 * How long the click on the map holds the button down, as a person's does (80-120 ms). MapLibre
 * repaints in the frame after a button goes down; a 0 ms press puts that repaint into the click.
 */
const PRESS_MS = number('press-ms', 80, 0);
const STEP_TIMEOUT = 60_000;
const MYKOLAIV = [31.99, 46.97]; // lng, lat
/** The acceptance targets of the figures (ms, bytes); the verdicts are information only. */
const TARGETS = {
  panelTextMs: 500,
  clickToPanelMs: 100,
  filterToRepaintMs: 100,
  jsGzip: 95 * 1024,
  mapIdleRatio: 1.1,
};

const watchdog = setTimeout(
  () => fail(`still running after ${MAX_MINUTES} min (--max-minutes)`),
  MAX_MINUTES * 60_000,
);
watchdog.unref();

// ---------------------------------------------------------------------------------------------
// Small helpers

function stats(values) {
  const xs = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}
const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x)} ms`);
const kb = (x) => (x === null || x === undefined ? 'n/a' : formatKB(x));
const bare = (unit) => (x) => unit(x).replace(/ \w+$/, '');
/** "92 ms (81–140)": the median and the range. */
const spread = (s, unit) =>
  s.median === null ? 'n/a' : `${unit(s.median)} (${bare(unit)(s.min)}–${bare(unit)(s.max)})`;

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function withTimeout(promise, millis, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${millis / 1000} s`)), millis);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((done, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Serves a copy of `dist` with scripts/serve.mjs (gzip, caching and CSP headers, as in e2e). */
async function serveCopy(dist, name) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(dist, dir, { recursive: true });
  const port = await freePort();
  const args = ['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--quiet'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  cleanups.push(() => child.kill('SIGTERM'));
  const url = `http://127.0.0.1:${port}/`;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${child.exitCode})`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, dir };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.mjs did not answer on ${url} within 15 s`);
}

// ---------------------------------------------------------------------------------------------
// Builds

async function buildBaseline() {
  const out = mkdtempSync(join(tmpdir(), 'bench-baseline-build-'));
  cleanups.push(() => rmSync(out, { recursive: true, force: true }));
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: join(BENCH, 'baseline'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
  const { feature } = await import('topojson-client');
  const topology = JSON.parse(
    readFileSync(join(BENCH, 'node_modules/world-atlas/countries-110m.json'), 'utf8'),
  );
  writeFileSync(join(out, 'countries.json'), JSON.stringify(feature(topology, topology.objects.countries)));
  return out;
}

// ---------------------------------------------------------------------------------------------
// One load

/** MapLibre's own code: its main-thread chunk (budgets.mjs decides) or its worker bundle. */
const isMapLibre = (path, source) =>
  isMapLibreChunk(path, source) || (source.includes('WorkerTile') && source.includes('getWorkerSource'));

const jsFiles = new Map(); // dist file -> { gzip, maplibre }
function jsFile(dir, path) {
  const file = join(dir, path);
  if (!jsFiles.has(file)) {
    const source = readFileSync(file);
    jsFiles.set(file, { gzip: gzipSize(source), maplibre: isMapLibre(path, source.toString('utf8')) });
  }
  return jsFiles.get(file);
}

async function waitForMark(page, name, after = -1) {
  await page.waitForFunction(
    ([n, t]) => performance.getEntriesByName(n).some((m) => m.startTime > t),
    [name, after],
    { timeout: STEP_TIMEOUT, polling: 50 },
  );
}
const lastMark = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? -1, name);

/** The interval from the last `from` mark to the first `to` mark after it. */
const interval = (page, from, to) =>
  page.evaluate(
    ([f, t]) => {
      const start = performance.getEntriesByName(f).at(-1);
      const end = start && performance.getEntriesByName(t).find((m) => m.startTime >= start.startTime);
      return start && end ? end.startTime - start.startTime : null;
    },
    [from, to],
  );

/** Resolves when the map has drawn everything and stopped moving (or after 10 s). */
const mapSettled = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const map = window.__strategyMap;
        const timer = setTimeout(done, 10_000);
        map.once('idle', () => {
          clearTimeout(timer);
          done();
        });
        map.triggerRepaint();
      }),
  );

/**
 * Loads `site` in a fresh context and times it; for the app, also the two interactions. Returns
 * the marks (ms from navigation start), the JS fetched before the first idle and other requests.
 */
async function load(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  // The app's marks are off unless the page asks for them (src/lib/perf.ts).
  await context.addInitScript(() => {
    window.__strategyPerf = true;
  });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`${site.name}: ${e.message}`));
    page.on(
      'console',
      (m) => m.type() === 'error' && errors.push(`${site.name}: ${m.text()} ${m.location().url}`),
    );
    // Playwright reports the requests of the page's dedicated workers on the page too.
    const requests = [];
    page.on('requestfinished', (request) => requests.push({ request, at: Date.now() }));
    await page.waitForTimeout(SETTLE_MS);
    if (CPU_THROTTLE > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    }

    await page.goto(site.url, { waitUntil: 'commit', timeout: STEP_TIMEOUT });
    await waitForMark(page, 'strategy:map-idle');
    const marks = await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      return {
        origin: performance.timeOrigin,
        panelText: at('strategy:panel-text'),
        mapLoad: at('strategy:map-load'),
        mapIdle: at('strategy:map-idle'),
      };
    });

    // The JavaScript that had arrived by the first idle, each file gzip -9 as served from dist.
    const idleAt = marks.origin + marks.mapIdle;
    const js = { outside: 0, maplibre: 0, files: [] };
    const origin = new URL(site.url).origin;
    const foreign = [];
    for (const { request, at } of requests) {
      const url = new URL(request.url());
      if (url.origin !== origin && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
      const timing = request.timing();
      const end = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : at;
      if (end > idleAt || url.origin !== origin || !/\.m?js$/.test(url.pathname)) continue;
      const file = jsFile(site.dir, url.pathname);
      js[file.maplibre ? 'maplibre' : 'outside'] += file.gzip;
      js.files.push({ path: url.pathname, gzip: file.gzip, maplibre: file.maplibre });
    }

    const result = { ...marks, js, errors, foreign };
    if (site.name === 'app') Object.assign(result, await interact(page));
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** Click Mykolaiv on the map -> panel updated; the defence chip -> map repainted. */
async function interact(page) {
  await mapSettled(page);
  const point = await page.evaluate(([lng, lat]) => {
    const map = window.__strategyMap;
    const p = map.project([lng, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, MYKOLAIV);
  // A reader's pointer rests on the region before the button goes down.
  await page.mouse.move(point.x, point.y);
  await mapSettled(page);
  const beforeClick = await lastMark(page, 'strategy:region-input');
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  await page.mouse.up();
  await waitForMark(page, 'strategy:region-input', beforeClick);
  await waitForMark(page, 'strategy:panel-updated', await lastMark(page, 'strategy:region-input'));
  const clickToPanel = await interval(page, 'strategy:region-input', 'strategy:panel-updated');
  const heading = (
    await page.locator('#panel-heading').first().textContent({ timeout: STEP_TIMEOUT })
  )?.trim();

  await mapSettled(page);
  const beforeFilter = await lastMark(page, 'strategy:filter-input');
  await page.locator('button[data-priority="defence"]').first().click({ timeout: STEP_TIMEOUT });
  await waitForMark(page, 'strategy:filter-input', beforeFilter);
  await waitForMark(page, 'strategy:filter-painted', await lastMark(page, 'strategy:filter-input'));
  const filterToRepaint = await interval(page, 'strategy:filter-input', 'strategy:filter-painted');
  return { clickToPanel, filterToRepaint, heading: heading ?? null };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const LH_RETRIES = 3;

async function lighthouseRuns(url, chromePath) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const results = {};
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ]) {
    const runs = [];
    let retries = 0;
    while (runs.length < LH_RUNS) {
      const label = `  ${preset} ${runs.length + 1}/${LH_RUNS}`;
      const chrome = await launch({
        chromePath,
        chromeFlags: [...WEBGL_ARGS, '--headless=new'],
        logLevel: 'silent',
      });
      const kill = () => chrome.kill();
      cleanups.push(kill);
      try {
        await new Promise((done) => setTimeout(done, SETTLE_MS));
        const options = { port: chrome.port, output: 'json', logLevel: 'error' };
        options.onlyCategories = ['performance', 'accessibility', 'best-practices'];
        const { lhr } = await withTimeout(
          lighthouse(url, options, config),
          180_000,
          `Lighthouse (${preset})`,
        );
        // Lighthouse sometimes cannot record a load and asks to be run again (NO_NAVSTART).
        if (lhr.runtimeError) {
          if (retries++ >= LH_RETRIES) throw new Error(`Lighthouse: ${lhr.runtimeError.code}`);
          console.log(`${label}: ${lhr.runtimeError.code}, running it again`);
          continue;
        }
        const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        const run = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          fcp: audit('first-contentful-paint'),
        };
        runs.push(run);
        console.log(`${label}: performance ${run.performance}, LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}`);
      } finally {
        kill();
        cleanups.splice(cleanups.indexOf(kill), 1);
      }
    }
    const keys = ['performance', 'accessibility', 'bestPractices', 'lcp', 'tbt', 'fcp'];
    results[preset] = {
      runs,
      retries,
      median: Object.fromEntries(keys.map((k) => [k, stats(runs.map((r) => r[k])).median])),
    };
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Main

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function writeReport(report) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
}

async function main() {
  const started = Date.now();
  const chromePath = findChromium();
  const loadAtStart = loadavg()[0];

  if (BUILD) {
    console.log('Building the app (npm run build) ...');
    const res = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) throw new Error('npm run build failed');
  }
  console.log('Building the baseline (bench/baseline, Vite) ...');
  const baselineDist = await buildBaseline();
  const sites = [
    { name: 'app', ...(await serveCopy('dist', 'app')) },
    { name: 'baseline', ...(await serveCopy(baselineDist, 'baseline')) },
  ];

  const budgets = measureBudgets(sites[0].dir);
  console.log('\nSize budgets (scripts/budgets.mjs, also tested by npm test):');
  for (const check of budgets.checks) console.log(`  ${describeCheck(check)}`);

  console.log(
    `\n${RUNS} round(s), app and baseline interleaved, a fresh context per load, CPU throttle ${CPU_THROTTLE}x ...`,
  );
  const browser = await chromium.launch({ executablePath: chromePath, args: WEBGL_ARGS, headless: true });
  cleanups.push(() => void browser.close().catch(() => {}));
  const runs = { app: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const site of i % 2 === 0 ? sites : [...sites].reverse()) {
      const r = await withTimeout(load(browser, site), 150_000, `${site.name} load ${i + 1}`);
      runs[site.name].push(r);
      const extra =
        site.name === 'app'
          ? `, panel text ${ms(r.panelText)}, click -> panel ${ms(r.clickToPanel)} ("${r.heading}"), filter -> repaint ${ms(r.filterToRepaint)}`
          : '';
      const js = `JS ${kb(r.js.outside + r.js.maplibre)}${site.name === 'app' ? ` (outside MapLibre ${kb(r.js.outside)})` : ''}`;
      console.log(`  ${i + 1} ${site.name.padEnd(8)} map idle ${ms(r.mapIdle)}, ${js}${extra}`);
    }
  }
  const chromiumVersion = browser.version();
  await browser.close();

  const of = (name, pick) => stats(runs[name].map(pick));
  const s = {
    panelText: of('app', (r) => r.panelText),
    clickToPanel: of('app', (r) => r.clickToPanel),
    filterToRepaint: of('app', (r) => r.filterToRepaint),
    jsApp: of('app', (r) => r.js.outside),
    jsAllApp: of('app', (r) => r.js.outside + r.js.maplibre),
    jsAllBaseline: of('baseline', (r) => r.js.outside + r.js.maplibre),
    idleApp: of('app', (r) => r.mapIdle),
    idleBaseline: of('baseline', (r) => r.mapIdle),
    loadApp: of('app', (r) => r.mapLoad),
    loadBaseline: of('baseline', (r) => r.mapLoad),
  };
  const ratio = s.idleApp.median / s.idleBaseline.median;
  const pairsWon = runs.app.filter((r, i) => r.mapIdle <= runs.baseline[i].mapIdle).length;
  const panelFirst = runs.app.every((r) => r.panelText !== null && r.panelText < r.mapIdle);
  const verdict = (ok) => (ok ? 'met' : 'NOT met');

  console.log(
    `\nMedians (min–max) over ${RUNS} load(s) each; CPU throttle ${CPU_THROTTLE}x; Chromium ${chromiumVersion}\n`,
  );
  console.log(
    table(
      ['figure', 'app', 'baseline', 'target', ''],
      [
        [
          'panel text on screen',
          spread(s.panelText, ms),
          '',
          `<= ${TARGETS.panelTextMs} ms, before the map`,
          verdict(s.panelText.median <= TARGETS.panelTextMs && panelFirst),
        ],
        [
          `click on Mykolaiv (${PRESS_MS} ms press) -> panel`,
          spread(s.clickToPanel, ms),
          '',
          `<= ${TARGETS.clickToPanelMs} ms`,
          verdict(s.clickToPanel.median <= TARGETS.clickToPanelMs),
        ],
        [
          'defence chip -> map repainted',
          spread(s.filterToRepaint, ms),
          '',
          `<= ${TARGETS.filterToRepaintMs} ms`,
          verdict(s.filterToRepaint.median <= TARGETS.filterToRepaintMs),
        ],
        [
          'JS outside MapLibre by first idle (gzip -9)',
          spread(s.jsApp, kb),
          '',
          `<= ${kb(TARGETS.jsGzip)}`,
          verdict(s.jsApp.median <= TARGETS.jsGzip),
        ],
        ['all JS by first idle (gzip -9)', spread(s.jsAllApp, kb), spread(s.jsAllBaseline, kb), '', ''],
        ['map load', spread(s.loadApp, ms), spread(s.loadBaseline, ms), '', ''],
        [
          'map first idle',
          spread(s.idleApp, ms),
          spread(s.idleBaseline, ms),
          '<= baseline + 10 %',
          verdict(ratio <= TARGETS.mapIdleRatio),
        ],
        [
          'map first idle, app / baseline',
          `${(ratio * 100).toFixed(0)} %`,
          '',
          `app first in ${pairsWon} of ${RUNS} rounds`,
          '',
        ],
      ],
    ),
  );
  const foreign = [...new Set([...runs.app, ...runs.baseline].flatMap((r) => r.foreign))];
  const errors = [...new Set([...runs.app, ...runs.baseline].flatMap((r) => r.errors))];
  console.log(`\n  requests to other origins: ${foreign.length === 0 ? 'none' : foreign.join(', ')}`);
  if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
  const files = (name) =>
    runs[name][0].js.files.map(
      (f) => `${f.path.split('/').pop()} ${kb(f.gzip)}${f.maplibre ? ' (MapLibre)' : ''}`,
    );
  console.log(`  app JS by first idle (load 1): ${files('app').join(', ')}`);
  console.log(`  baseline JS by first idle (load 1): ${files('baseline').join(', ')}`);
  const loadAfter = loadavg()[0];
  const cores = availableParallelism();
  console.log(
    `  machine: ${cores} core(s), 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadAfter.toFixed(1)} after the runs${
      Math.max(loadAtStart, loadAfter) > cores ? ' (busy: timings are inflated)' : ''
    }`,
  );

  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium: chromiumVersion,
    options: { runs: RUNS, cpuThrottle: CPU_THROTTLE, settleMs: SETTLE_MS, pressMs: PRESS_MS },
    machine: { cores, loadAverageAtStart: loadAtStart, loadAverageAfterRuns: loadAfter },
    targets: TARGETS,
    budgets: budgets.checks,
    summary: { ...s, mapIdleRatio: ratio, appFirstInRounds: pairsWon, panelBeforeMapEveryRun: panelFirst },
    runs,
  };
  writeReport(report);

  if (LIGHTHOUSE) {
    console.log(`\nLighthouse 12 on the app (${LH_RUNS} run(s) per preset, medians) ...`);
    report.lighthouse = await lighthouseRuns(sites[0].url, chromePath);
    console.log(
      '\n' +
        table(
          ['preset', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'FCP'],
          Object.entries(report.lighthouse).map(([preset, { median: m }]) => [
            preset,
            m.performance ?? 'n/a',
            m.accessibility ?? 'n/a',
            m.bestPractices ?? 'n/a',
            ms(m.lcp),
            ms(m.tbt),
            ms(m.fcp),
          ]),
        ),
    );
    writeReport(report);
  }
  console.log(`\nFigures in ${OUT} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

main().then(
  () => {
    cleanup();
    process.exit(0);
  },
  (e) => fail(e?.stack ?? String(e)),
);
