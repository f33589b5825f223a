#!/usr/bin/env node
/**
 * Performance benchmark of the production build in headless Chromium (DESIGN.md section 7).
 *
 *   npm run bench
 *   node scripts/bench.mjs [--runs 5] [--out bench-results/bench.json] [--no-build]
 *                          [--no-lighthouse] [--lighthouse-runs 2] [--settle-ms 3000]
 *                          [--press-ms 80] [--max-minutes 20] [--strict]
 *
 * 1. Builds (unless --no-build) and copies dist/ to a temporary directory, so a concurrent rebuild
 *    cannot change the files under the benchmark; serves the copy with scripts/serve.mjs on a free
 *    loopback port.
 * 2. Static size budgets (scripts/budgets.mjs).
 * 3. N runs, each in a fresh browser context (empty cache): bytes by kind at first load (counted
 *    from CDP Network events), the app's performance marks (src/lib/perf.ts): panel text, map load,
 *    map idle; a click on Mykolaiv on the map (pressed --press-ms) -> panel updated; the defence chip ->
 *    map repainted.
 * 4. Lighthouse 12 (desktop and mobile presets), median of --lighthouse-runs runs each; a run that
 *    Lighthouse could not record (NO_NAVSTART and the like) is run again, up to 3 times a preset.
 *
 * Prints tables and the budget comparison, writes the figures as JSON to --out. Always stops by
 * itself (--max-minutes), kills its server and browsers. Exits non-zero on a real failure (build
 * fails, the map never becomes idle, a run throws); budgets over their limits are reported and fail
 * the exit code only with --strict.
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, WEBGL_ARGS } from './find-chromium.mjs';
import { BUDGETS, describeCheck, formatKB, isMapLibreChunk, measureBudgets } from './budgets.mjs';

// ---------------------------------------------------------------------------------------------
// Clean-up: whatever happens, the server, the browsers and the temporary copy go away.

const cleanups = [];
let cleanedUp = false;
function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const fn of cleanups.reverse()) {
    try {
      fn();
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
  process.on(signal, () => {
    console.error(`bench: ${signal}, stopping`);
    cleanup();
    process.exit(130);
  });
}
// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const wholeNumber = (name, fallback, min) => {
  const value = Number(option(name, fallback));
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be a whole number of ${min} or more`);
  return value;
};
if (flag('help')) {
  console.log(
    'node scripts/bench.mjs [--runs 5] [--out bench-results/bench.json] [--no-build] [--no-lighthouse] [--lighthouse-runs 2] [--settle-ms 3000] [--press-ms 80] [--max-minutes 20] [--strict]',
  );
  process.exit(0);
}
const RUNS = wholeNumber('runs', 5, 1);
const LH_RUNS = wholeNumber('lighthouse-runs', 2, 1);
const OUT = resolve(option('out', 'bench-results/bench.json'));
const BUILD = !flag('no-build');
const LIGHTHOUSE = !flag('no-lighthouse');
const STRICT = flag('strict');
const MAX_MINUTES = Number(option('max-minutes', 20));
const STEP_TIMEOUT = 60_000; // any one wait inside a run
const MYKOLAIV = [31.99, 46.97]; // lng, lat
/**
 * Every new window of headless Chromium 15x starts its own omnibox popup (a WebUI page, about 3 s of
 * CPU in a renderer of its own, traced on 2 cores). A run waits this long after opening its window
 * and before it navigates, so the figures time the page and not the browser's start-up; a reader's
 * browser window is open before they type the address. --settle-ms 0 measures without the wait.
 */
const SETTLE_MS = wholeNumber('settle-ms', 3000, 0);
/**
 * How long the click on the map holds the button down, as a person's click does (typically
 * 80-120 ms). MapLibre repaints the map in the frame after a button goes down; with a press of
 * 0 ms that repaint falls into the click's own frame and the click times 20-30 ms more.
 */
const PRESS_MS = wholeNumber('press-ms', 80, 0);

const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${MAX_MINUTES} min (--max-minutes): stopping`);
  cleanup();
  process.exit(2);
}, MAX_MINUTES * 60_000);
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
const ms = (x) => (x === null ? 'n/a' : `${Math.round(x)} ms`);
const kb = (x) => (x === null ? 'n/a' : formatKB(x));
const range = (s, unit) => (s.min === null ? 'n/a' : `${unit(s.min)} – ${unit(s.max)}`);

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function withTimeout(promise, millis, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${millis / 1000} s`)), millis);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function run(command, args, millis) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), millis);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(output);
      else
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output.slice(-4000)}`));
    });
  });
}

function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

async function startServer(dir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--quiet'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  cleanups.push(() => child.kill('SIGTERM'));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`scripts/serve.mjs did not answer on ${url} within 15 s`);
}

// ---------------------------------------------------------------------------------------------
// Bytes at first load, from CDP Network events on the page's target.

/** File names of the MapLibre chunks in the served build (set once the build is measured). */
const mapChunks = new Set();
const KINDS = ['JS', 'CSS', 'geometry', 'content', 'image', 'other'];
const JS_PARTS = ['JS: app', 'JS: MapLibre chunk', 'JS: MapLibre worker'];

function classify(url) {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) {
    const name = path.split('/').pop();
    // MapLibre's worker: its own bundle, or ours that wraps it (src/map/map.worker.ts).
    const part = /^(maplibre-gl-worker|map\.worker)[-.]/.test(name)
      ? 'JS: MapLibre worker'
      : mapChunks.has(name) || isMapLibreChunk(name, '')
        ? 'JS: MapLibre chunk'
        : 'JS: app';
    return { kind: 'JS', part };
  }
  if (path.endsWith('.css')) return { kind: 'CSS' };
  if (path.startsWith('/geo/')) return { kind: 'geometry' };
  if (path.startsWith('/data/')) return { kind: 'content' };
  if (path.startsWith('/images/')) return { kind: 'image' };
  return { kind: 'other' };
}

/**
 * Records every request of the page: decoded body bytes (sum of Network.dataReceived dataLength)
 * and bytes on the wire (Network.loadingFinished encodedDataLength, which includes the response
 * headers; the header bytes are responseReceived's encodedDataLength, so body = wire - headers).
 * A dedicated worker's script finishes loading on the worker's own target, which this session does
 * not see: for such requests the figures come from Playwright's response, read after the load
 * (raw = the body's length, transferred = its Content-Length header, which the server sets to the
 * gzip payload's length). Each request says which method counted it.
 */
async function recordNetwork(context, page) {
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const get = (id) => {
    let r = requests.get(id);
    if (!r) requests.set(id, (r = { url: '', raw: 0, headers: 0, wire: null, status: null, failed: null }));
    return r;
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    const r = get(e.requestId);
    r.url = e.request.url;
    r.type = e.type;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = get(e.requestId);
    r.url ||= e.response.url;
    r.status = e.response.status;
    r.headers = e.response.encodedDataLength ?? 0;
    r.encoding = Object.entries(e.response.headers).find(
      ([k]) => k.toLowerCase() === 'content-encoding',
    )?.[1];
  });
  cdp.on('Network.dataReceived', (e) => (get(e.requestId).raw += e.dataLength));
  cdp.on('Network.loadingFinished', (e) => (get(e.requestId).wire = e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => (get(e.requestId).failed = e.errorText));
  await cdp.send('Network.enable');

  // Playwright's view, for what the page target does not finish (worker scripts). Only the request
  // is kept during the load; its response is read at snapshot time, so reading bodies (a megabyte
  // for MapLibre's chunk) does not compete with the page while it is being timed.
  const finished = new Map();
  const onFinished = (request) => finished.set(request.url(), request);
  page.on('requestfinished', onFinished);
  const viaPlaywright = async (url) => {
    const request = finished.get(url);
    const response = request ? await request.response().catch(() => null) : null;
    if (!response) return null;
    const headers = await response.allHeaders();
    const body = await response.body().catch(() => null);
    const length = Number(headers['content-length']);
    return {
      status: response.status(),
      raw: body ? body.length : null,
      transferred: Number.isFinite(length) ? length : null,
      encoding: headers['content-encoding'],
    };
  };

  return {
    async snapshot() {
      const listed = [...requests.values()].filter((r) => r.url && !/^(data|blob):/.test(r.url));
      return Promise.all(
        listed.map(async (r) => {
          if (r.wire !== null) {
            return { ...r, body: Math.max(0, r.wire - r.headers), method: 'cdp' };
          }
          const other = await viaPlaywright(r.url);
          if (other && other.transferred !== null) {
            // A worker that closes at once (the WebGL probe) takes its body with it: then only the
            // transferred size is known, and the raw size counts as the transferred one.
            return {
              ...r,
              status: other.status,
              encoding: other.encoding,
              raw: other.raw ?? other.transferred,
              body: other.transferred,
              wire: other.transferred + r.headers,
              method: other.raw === null ? 'headers (body gone with its worker)' : 'headers',
            };
          }
          return { ...r, body: null, method: null };
        }),
      );
    },
    async detach() {
      page.off('requestfinished', onFinished);
      await cdp.detach().catch(() => {});
    },
  };
}

function summariseBytes(requests, origin) {
  const byKind = Object.fromEntries(
    [...KINDS, ...JS_PARTS].map((k) => [k, { requests: 0, raw: 0, transferred: 0, wire: 0 }]),
  );
  const foreign = [];
  const unfinished = [];
  for (const r of requests) {
    if (new URL(r.url).origin !== origin) foreign.push(r.url);
    if (r.wire === null) {
      unfinished.push(r.failed ? `${r.url} (${r.failed})` : r.url);
      continue;
    }
    const { kind, part } = classify(r.url);
    for (const key of part ? [kind, part] : [kind]) {
      byKind[key].requests += 1;
      byKind[key].raw += r.raw;
      byKind[key].transferred += r.body;
      byKind[key].wire += r.wire;
    }
  }
  return { byKind, foreign, unfinished };
}

// ---------------------------------------------------------------------------------------------
// One run: a fresh context, first load, then the two interactions.

async function waitForMark(page, name, after = -1) {
  await page.waitForFunction(
    ([n, t]) => performance.getEntriesByName(n).some((m) => m.startTime > t),
    [name, after],
    { timeout: STEP_TIMEOUT, polling: 50 },
  );
}

/** The interval from the last `from` mark to the first `to` mark after it. */
async function interval(page, from, to) {
  return page.evaluate(
    ([f, t]) => {
      const start = performance.getEntriesByName(f).at(-1);
      const end = start && performance.getEntriesByName(t).find((m) => m.startTime >= start.startTime);
      return start && end ? end.startTime - start.startTime : null;
    },
    [from, to],
  );
}

/**
 * Event Timing (the browser's own input -> next paint measure, as in INP): from the input's time
 * stamp to the moment the next frame after its handlers reached the screen. Under software
 * rendering, presentation can lag well behind the frame the page produced, which the marks time.
 */
async function observeEventTiming(page) {
  await page.evaluate(() => {
    if (window.__benchEvents) return;
    window.__benchEvents = [];
    new PerformanceObserver((list) => window.__benchEvents.push(...list.getEntries())).observe({
      type: 'event',
      durationThreshold: 16,
    });
  });
}

/** The longest click/pointer event entry at the input mark's time stamp (null if none comes in 3 s). */
async function eventDuration(page, inputMark) {
  const find = (name) => {
    const input = performance.getEntriesByName(name).at(-1);
    const entries = (window.__benchEvents ?? []).filter(
      (e) =>
        input &&
        ['click', 'pointerup', 'mouseup', 'pointerdown', 'mousedown'].includes(e.name) &&
        Math.abs(e.startTime - input.startTime) < 20,
    );
    return entries.length ? Math.max(...entries.map((e) => e.duration)) : null;
  };
  const handle = await page
    .waitForFunction(find, inputMark, { timeout: 3000, polling: 50 })
    .catch(() => null);
  return handle ? handle.jsonValue() : null;
}

async function lastMark(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? -1, name);
}

/** Resolves when the map has rendered everything and stopped moving (or after 10 s). */
async function mapSettled(page) {
  await page.evaluate(
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
}

async function benchRun(browser, url, index) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'da-DK' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const network = await recordNetwork(context, page);
    await page.waitForTimeout(SETTLE_MS);

    await page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT });
    await waitForMark(page, 'strategy:panel-text');
    await waitForMark(page, 'strategy:map-idle');
    await page.waitForTimeout(500); // let late requests of the first load finish
    const atLoad = await network.snapshot();
    const load = summariseBytes(atLoad, new URL(url).origin);
    const loadUrls = new Set(atLoad.map((r) => r.url));
    const marks = await page.evaluate(() =>
      Object.fromEntries(
        ['strategy:panel-text', 'strategy:map-load', 'strategy:map-idle'].map((n) => [
          n,
          performance.getEntriesByName(n)[0]?.startTime ?? null,
        ]),
      ),
    );
    const navigation = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav ? { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null;
    });

    // Click Mykolaiv on the map -> region panel updated.
    await mapSettled(page);
    const point = await page.evaluate(([lng, lat]) => {
      const map = window.__strategyMap;
      const p = map.project([lng, lat]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, MYKOLAIV);
    // A reader's pointer reaches the region before the button goes down: hover first (the map
    // tints the region and shows the tooltip), then press. The interval runs from the click event's time stamp.
    await page.mouse.move(point.x, point.y);
    await mapSettled(page);
    await observeEventTiming(page);
    const beforeClick = await lastMark(page, 'strategy:region-input');
    await page.mouse.down();
    await page.waitForTimeout(PRESS_MS);
    await page.mouse.up();
    await waitForMark(page, 'strategy:region-input', beforeClick);
    await waitForMark(page, 'strategy:panel-updated', await lastMark(page, 'strategy:region-input'));
    const clickToPanel = await interval(page, 'strategy:region-input', 'strategy:panel-updated');
    const clickToPaint = await eventDuration(page, 'strategy:region-input');
    const heading = (
      await page.locator('#panel-heading').first().textContent({ timeout: STEP_TIMEOUT })
    )?.trim();

    // The defence chip -> map repainted with the new dimming.
    await mapSettled(page);
    const beforeFilter = await lastMark(page, 'strategy:filter-input');
    await page.locator('button[data-priority="defence"]').first().click({ timeout: STEP_TIMEOUT });
    await waitForMark(page, 'strategy:filter-input', beforeFilter);
    await waitForMark(page, 'strategy:filter-painted', await lastMark(page, 'strategy:filter-input'));
    const filterToRepaint = await interval(page, 'strategy:filter-input', 'strategy:filter-painted');
    const filterToPaint = await eventDuration(page, 'strategy:filter-input');

    const all = await network.snapshot();
    const after = summariseBytes(all, new URL(url).origin);
    await network.detach();
    const result = {
      run: index + 1,
      bytes: load.byKind,
      requests: all.map((r) => ({
        url: r.url,
        phase: loadUrls.has(r.url) ? 'first load' : 'interactions',
        status: r.status,
        raw: r.raw,
        transferred: r.body,
        encoding: r.encoding ?? null,
        countedBy: r.method,
      })),
      foreignRequests: after.foreign,
      unfinishedRequests: load.unfinished,
      timings: {
        panelText: marks['strategy:panel-text'],
        mapLoad: marks['strategy:map-load'],
        mapIdle: marks['strategy:map-idle'],
        clickToPanel,
        filterToRepaint,
        clickToPaint,
        filterToPaint,
      },
      navigation,
      clickedPoint: point,
      panelHeading: heading ?? null,
      errors,
    };
    const t = result.timings;
    console.log(
      `  run ${index + 1}/${RUNS}: panel text ${ms(t.panelText)}, map load ${ms(t.mapLoad)}, idle ${ms(t.mapIdle)}, ` +
        `click -> panel ${ms(t.clickToPanel)} ("${heading}"), filter -> repaint ${ms(t.filterToRepaint)}; ` +
        `to the next paint on screen (Event Timing): click ${ms(t.clickToPaint)}, filter ${ms(t.filterToPaint)}`,
    );
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/** Lighthouse ran but could not measure the load (its report's runtimeError). */
class LighthouseRuntimeError extends Error {}
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
      try {
        const run = await oneLighthouseRun(preset, config);
        runs.push(run);
        console.log(
          `${label}: performance ${run.performance}, accessibility ${run.accessibility}, ` +
            `best practices ${run.bestPractices}, LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}`,
        );
      } catch (e) {
        // Lighthouse sometimes fails to record a load and asks to be run again (NO_NAVSTART:
        // "Please run Lighthouse again"): such a run is retried, up to LH_RETRIES times a preset.
        if (!(e instanceof LighthouseRuntimeError) || retries >= LH_RETRIES) throw e;
        retries++;
        console.log(`${label}: ${e.message}; running it again`);
      }
    }
    results[preset] = {
      runs,
      retries,
      median: Object.fromEntries(
        ['performance', 'accessibility', 'bestPractices', 'lcp', 'tbt', 'fcp'].map((k) => [
          k,
          stats(runs.map((r) => r[k])),
        ]),
      ),
    };
  }
  return results;

  async function oneLighthouseRun(preset, config) {
    const chrome = await launch({
      chromePath,
      chromeFlags: [...WEBGL_ARGS, '--headless=new'],
      logLevel: 'silent',
    });
    const kill = () => chrome.kill();
    cleanups.push(kill);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    try {
      const result = await withTimeout(
        lighthouse(
          url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          },
          config,
        ),
        180_000,
        `Lighthouse (${preset})`,
      );
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no report');
      if (lhr.runtimeError)
        throw new LighthouseRuntimeError(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = (id) =>
        lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100);
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
        fcp: lhr.audits['first-contentful-paint']?.numericValue ?? null,
        failedAudits: Object.values(lhr.audits)
          .filter(
            (a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode),
          )
          .filter((a) =>
            [...lhr.categories.accessibility.auditRefs, ...lhr.categories['best-practices'].auditRefs].some(
              (ref) => ref.id === a.id && ref.weight > 0,
            ),
          )
          .map((a) => a.id),
        warnings: lhr.runWarnings,
      };
    } finally {
      kill();
      cleanups.splice(cleanups.indexOf(kill), 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  const chromePath = findChromium();
  const cores = availableParallelism();
  const loadAtStart = loadavg()[0];

  if (BUILD) {
    console.log('Building (npm run build) ...');
    const t0 = Date.now();
    await run('npm', ['run', 'build'], 300_000);
    console.log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cleanups.push(() => rmSync(dist, { recursive: true, force: true }));
  try {
    cpSync('dist', dist, { recursive: true });
  } catch (e) {
    throw new Error(`cannot copy dist/ (run "npm run build" or drop --no-build): ${e.message}`, { cause: e });
  }

  // Static budgets.
  const budgets = measureBudgets(dist);
  for (const chunk of budgets.mapLibreChunks) mapChunks.add(chunk.split('/').pop());
  const server = await startServer(dist);
  console.log(`Serving a copy of dist/ at ${server.url}`);

  // Browser runs.
  console.log(
    `\nBrowser runs (${RUNS}, a fresh context each, navigating ${SETTLE_MS} ms after the window opened) in ${chromePath} ...`,
  );
  const browser = await chromium.launch({ executablePath: chromePath, args: WEBGL_ARGS, headless: true });
  cleanups.push(() => void browser.close().catch(() => {}));
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++)
      runs.push(await withTimeout(benchRun(browser, server.url, i), 150_000, `run ${i + 1}`));
  } finally {
    await browser.close().catch(() => {});
  }
  const chromiumVersion = browser.version();

  const bytes = Object.fromEntries(
    [...KINDS, ...JS_PARTS].map((k) => [
      k,
      {
        requests: stats(runs.map((r) => r.bytes[k].requests)),
        raw: stats(runs.map((r) => r.bytes[k].raw)),
        transferred: stats(runs.map((r) => r.bytes[k].transferred)),
        wire: stats(runs.map((r) => r.bytes[k].wire)),
      },
    ]),
  );
  bytes.total = {
    requests: stats(runs.map((r) => KINDS.reduce((n, k) => n + r.bytes[k].requests, 0))),
    raw: stats(runs.map((r) => KINDS.reduce((n, k) => n + r.bytes[k].raw, 0))),
    transferred: stats(runs.map((r) => KINDS.reduce((n, k) => n + r.bytes[k].transferred, 0))),
    wire: stats(runs.map((r) => KINDS.reduce((n, k) => n + r.bytes[k].wire, 0))),
  };
  const timings = Object.fromEntries(
    [
      'panelText',
      'mapLoad',
      'mapIdle',
      'clickToPanel',
      'filterToRepaint',
      'clickToPaint',
      'filterToPaint',
    ].map((k) => [k, stats(runs.map((r) => r.timings[k]))]),
  );
  const panelBeforeMap = runs.every(
    (r) =>
      r.timings.panelText !== null && r.timings.mapLoad !== null && r.timings.panelText < r.timings.mapLoad,
  );

  // Budget comparison: sizes from the build, timings from the runs (medians).
  const timingBudgets = [
    {
      id: 'clickToPanel',
      label: 'click on a region -> panel updated (median)',
      value: timings.clickToPanel.median,
      limit: BUDGETS.clickToPanelMs,
    },
    {
      id: 'filterToRepaint',
      label: 'filter change -> map repainted (median)',
      value: timings.filterToRepaint.median,
      limit: BUDGETS.filterToRepaintMs,
    },
  ].map((b) => ({ ...b, ok: b.value !== null && b.value <= b.limit }));

  // Print.
  console.log(
    '\nBytes at first load (up to the first map idle), median and min–max over runs.\n' +
      'raw = decoded body bytes (CDP Network.dataReceived dataLength); gzip = body bytes as transferred\n' +
      '(CDP Network.loadingFinished encodedDataLength minus the response header bytes); wire = encodedDataLength.\n' +
      "Worker scripts finish on their own targets: they are counted from Playwright's response instead\n" +
      '(raw = body length, gzip = Content-Length header; the WebGL probe closes at once and takes its body\n' +
      'with it, so its raw size is shown as the gzip one).\n',
  );
  console.log(
    table(
      ['kind', 'requests', 'raw', 'gzip (transferred)', 'gzip min–max', 'wire'],
      [...KINDS, ...JS_PARTS.map((p) => p), 'total'].map((k) => [
        k.startsWith('JS: ') ? `  ${k.slice(4)}` : k,
        bytes[k].requests.median,
        kb(bytes[k].raw.median),
        kb(bytes[k].transferred.median),
        range(bytes[k].transferred, kb),
        kb(bytes[k].wire.median),
      ]),
    ),
  );

  console.log('\nTimings (ms from navigation start, or the interval), median and min–max over runs.\n');
  const timingRows = [
    ['panel: first text (strategy:panel-text)', timings.panelText],
    ['map load (strategy:map-load)', timings.mapLoad],
    ['map first idle (strategy:map-idle)', timings.mapIdle],
    [`click on Mykolaiv (${PRESS_MS} ms press) -> panel updated`, timings.clickToPanel],
    ['defence chip -> map repainted', timings.filterToRepaint],
    ['click -> next paint on screen (Event Timing)', timings.clickToPaint],
    ['chip -> next paint on screen (Event Timing)', timings.filterToPaint],
  ];
  console.log(
    table(
      ['metric', 'median', 'min–max'],
      timingRows.map(([label, s]) => [label, ms(s.median), range(s, ms)]),
    ),
  );
  const headings = [...new Set(runs.map((r) => r.panelHeading))];
  console.log(`  panel heading after the click: ${headings.map((h) => `"${h}"`).join(', ')}`);

  console.log('\nBudgets (DESIGN.md section 7)\n');
  for (const check of budgets.checks) console.log(`  ${describeCheck(check)}`);
  console.log(
    `  ${budgets.js.mapLibreAtStart.length === 0 ? 'ok  ' : 'OVER'} MapLibre chunk loads lazily: ${
      budgets.js.mapLibreAtStart.length === 0
        ? `${budgets.mapLibreChunks.join(', ')} is not among the first-load files`
        : `first-load files include ${budgets.js.mapLibreAtStart.join(', ')}`
    }`,
  );
  console.log(
    `  ${panelBeforeMap ? 'ok  ' : 'OVER'} panel text before the map finishes: panel ${ms(timings.panelText.median)} vs map load ${ms(
      timings.mapLoad.median,
    )} (${panelBeforeMap ? 'every run' : 'not in every run'})`,
  );
  console.log(
    `  info JS outside MapLibre as fetched by the first idle (network; includes chunks imported lazily but at once): ${kb(
      bytes['JS: app'].transferred.median,
    )} gzip in ${bytes['JS: app'].requests.median} request(s)`,
  );
  for (const b of timingBudgets) {
    console.log(`  ${b.ok ? 'ok  ' : 'OVER'} ${b.label}: ${ms(b.value)} ${b.ok ? '<=' : '>'} ${b.limit} ms`);
  }

  const loadAfterRuns = loadavg()[0];
  console.log(
    `\n  machine: ${cores} core(s), 1-min load average ${loadAtStart.toFixed(1)} at start, ${loadAfterRuns.toFixed(1)} after the runs` +
      (Math.max(loadAtStart, loadAfterRuns) > cores
        ? ' (busy: other work competes for the CPU, timings are inflated)'
        : ''),
  );
  const foreign = [...new Set(runs.flatMap((r) => r.foreignRequests))];
  const unfinished = [...new Set(runs.flatMap((r) => r.unfinishedRequests))];
  const errors = [...new Set(runs.flatMap((r) => r.errors))];
  console.log(`  requests to other origins: ${foreign.length === 0 ? 'none' : foreign.join(', ')}`);
  if (unfinished.length > 0) console.log(`  requests not finished at idle: ${unfinished.join(', ')}`);
  if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
  console.log('  requests of run 1:');
  for (const r of runs[0].requests) {
    console.log(
      `    ${String(r.status ?? '-').padEnd(4)} ${new URL(r.url).pathname.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(
        r.transferred,
      ).padStart(
        10,
      )} transferred${r.encoding ? ` (${r.encoding})` : ''}${r.countedBy?.startsWith('headers') ? ' [Content-Length]' : ''}${
        r.phase === 'first load' ? '' : ' [after the first idle]'
      }`,
    );
  }

  const report = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium: chromiumVersion,
    runs: RUNS,
    method: {
      bytes:
        'per request from CDP Network events of the page target: raw = sum of Network.dataReceived dataLength (decoded body); transferred = Network.loadingFinished encodedDataLength minus Network.responseReceived response.encodedDataLength (headers); wire = loadingFinished encodedDataLength. Snapshot 500 ms after the strategy:map-idle mark.',
      timings: `performance marks of src/lib/perf.ts, startTime relative to navigation start; intervals from the last input mark to the first result mark after it. The map click holds the button ${PRESS_MS} ms (--press-ms), as a person's click does.`,
      sizes: 'scripts/budgets.mjs over the served build, gzip level 9 (node:zlib).',
      browser: `headless Chromium ${chromiumVersion}, SwiftShader WebGL, viewport 1280x800, a fresh context per run, navigating ${SETTLE_MS} ms after its window opened (Lighthouse: after Chrome started)`,
    },
    budgets: {
      limits: BUDGETS,
      sizes: budgets.checks,
      firstLoadFiles: budgets.js.files,
      lazy: budgets.js.lazy,
      mapLibreChunks: budgets.mapLibreChunks,
      mapLibreAtStart: budgets.js.mapLibreAtStart,
      panelBeforeMap,
      timings: timingBudgets,
    },
    bytes,
    timings,
    foreignRequests: foreign,
    machine: { cores, loadAverageAtStart: loadAtStart, loadAverageAfterRuns: loadAfterRuns },
    perRun: runs,
  };
  writeReport(report);

  if (LIGHTHOUSE) {
    console.log(`\nLighthouse 12 (${LH_RUNS} run(s) per preset, medians) ...`);
    try {
      report.lighthouse = await lighthouseRuns(server.url, chromePath);
      console.log();
      console.log(
        table(
          ['preset', 'performance', 'accessibility', 'best practices', 'LCP', 'TBT', 'FCP'],
          Object.entries(report.lighthouse).map(([preset, { median: m }]) => [
            preset,
            m.performance.median ?? 'n/a',
            m.accessibility.median ?? 'n/a',
            m.bestPractices.median ?? 'n/a',
            ms(m.lcp.median),
            ms(m.tbt.median),
            ms(m.fcp.median),
          ]),
        ),
      );
      const failed = [
        ...new Set(Object.values(report.lighthouse).flatMap((p) => p.runs.flatMap((r) => r.failedAudits))),
      ];
      if (failed.length > 0)
        console.log(`  accessibility/best-practices audits not passed: ${failed.join(', ')}`);
      writeReport(report);
    } catch (e) {
      report.lighthouse = { error: String(e?.message ?? e) };
      writeReport(report);
      throw e;
    }
  }

  server.stop();
  const overBudget =
    [...budgets.checks, ...timingBudgets].filter((b) => !b.ok).length + (panelBeforeMap ? 0 : 1);
  console.log(
    `\n${overBudget === 0 ? 'All budgets met' : `${overBudget} budget(s) not met`}. Figures in ${OUT} (${(
      (Date.now() - started) /
      1000
    ).toFixed(0)} s).`,
  );
  return STRICT && overBudget > 0 ? 1 : 0;
}

function writeReport(report) {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
}

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

main().then(
  (code) => {
    cleanup();
    process.exit(code);
  },
  (e) => fail(e?.stack ?? String(e)),
);
