/**
 * Size budgets of the production build, as pure functions over dist/: what the page loads at
 * start, and how big that is gzipped (node:zlib, level 9). The limits keep the first view light
 * on a reader's phone; the timings behind them are the benchmark's (npm run bench).
 *
 * - First-load JS: the scripts index.html loads (its `<script src>` tags and `modulepreload`
 *   links) plus their static imports, transitively (`import ... from "./x.js"`, `import "./x.js"`,
 *   `export ... from "./x.js"`). Dynamic `import(...)` is not followed: that is how the map loads
 *   lazily. The budget counts this JS outside the MapLibre chunk.
 * - Geometry at start: the dist/geo/*.json files that index.html or the first-load JS names.
 * - Content: dist/data/strategy.json.
 *
 * Used by bench/bench.mjs and e2e/budgets.spec.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** The limits, in bytes (gzip). */
export const BUDGETS = Object.freeze({
  firstLoadJsGzip: 90 * KB,
  geometryGzip: 120 * KB,
  contentGzip: 40 * KB,
});

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** A file's raw and gzip (level 9) sizes in bytes. */
export function fileSizes(file) {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSize(body) };
}

/** "93.4 KB" (1 KB = 1024 bytes). */
export function formatKB(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function attributes(tag) {
  const attrs = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/**
 * What an HTML page asks for at start: script sources, modulepreload links, stylesheets and
 * preloads (hrefs as written).
 */
export function htmlStartUrls(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts = [];
  const modulepreloads = [];
  const stylesheets = [];
  const preloads = [];
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(tag.slice(7, -1));
    if (a.src) scripts.push(a.src);
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag.slice(5, -1));
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    if (!a.href) continue;
    if (rel.includes('modulepreload')) modulepreloads.push(a.href);
    else if (rel.includes('stylesheet')) stylesheets.push(a.href);
    else if (rel.includes('preload')) preloads.push(a.href);
  }
  return { scripts, modulepreloads, stylesheets, preloads };
}

/**
 * The specifiers a built ES module imports statically: `import x from "s"`, `import {a} from "s"`,
 * `import * as n from "s"`, `import "s"`, `export {a} from "s"`, `export * from "s"` (minified or
 * not). `import("s")` and `import.meta` are not imports of this kind and are left out.
 */
export function staticImports(source) {
  const found = [];
  const re = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'`])([^"'`\r\n]+)\1/g;
  for (const m of source.matchAll(re)) found.push(m[2]);
  return found;
}

/** Dynamic `import("s")` specifiers with a literal argument (for reporting what loads lazily). */
export function dynamicImports(source) {
  const found = [];
  for (const m of source.matchAll(/(?<![\w$.])import\s*\(\s*(["'`])([^"'`\r\n]+)\1\s*\)/g)) found.push(m[2]);
  return found;
}

/**
 * Is this built JS file the MapLibre chunk? By name (Vite names it after the lazily imported
 * StrategyMap component, or maplibre-gl if split on its own; the worker is separate), or by
 * content: MapLibre's Map class code, wherever the bundler put it.
 */
export function isMapLibreChunk(name, source) {
  const file = basename(name);
  if (/-worker\b/.test(file)) return false;
  if (/^(StrategyMap|maplibre-gl)[-.]/.test(file)) return true;
  return source.includes('maplibregl-canvas') && source.includes('WebGL2');
}

/** A URL written in dist/index.html (or a built module) as a path inside dist/, or null. */
function resolveUrl(distDir, fromFile, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null; // another origin, data:
  const clean = url.split(/[?#]/)[0];
  const file = clean.startsWith('/') ? join(distDir, clean) : resolve(dirname(fromFile), clean);
  const root = resolve(distDir);
  if (file !== root && !resolve(file).startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? resolve(file) : null;
}

function readIndex(distDir) {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) throw new Error(`No build in ${resolve(distDir)}: run "npm run build" first.`);
  return { index, html: readFileSync(index, 'utf8') };
}

/**
 * The JS that index.html loads at start, each with its sizes, whether it is MapLibre, and why it
 * loads (`script`, `modulepreload`, or `import from <file>`); plus the files the first-load JS
 * imports dynamically (lazily) and any start URL that is not a file in dist/.
 */
export function firstLoadJs(distDir = 'dist') {
  const { index, html } = readIndex(distDir);
  const start = htmlStartUrls(html);
  const files = new Map();
  const missing = [];
  const queue = [];
  const add = (file, via) => {
    if (files.has(file)) return;
    const source = readFileSync(file, 'utf8');
    const rel = relative(distDir, file).split(sep).join('/');
    files.set(file, { file: rel, via, maplibre: isMapLibreChunk(rel, source), ...fileSizes(file) });
    queue.push({ file, source });
  };
  for (const [urls, via] of [
    [start.scripts, 'script'],
    [start.modulepreloads, 'modulepreload'],
  ]) {
    for (const url of urls) {
      const file = resolveUrl(distDir, index, url);
      if (file) add(file, via);
      else missing.push(url);
    }
  }
  const lazy = new Set();
  while (queue.length > 0) {
    const { file, source } = queue.shift();
    const from = relative(distDir, file).split(sep).join('/');
    for (const spec of staticImports(source)) {
      if (!/^\.{0,2}\//.test(spec)) continue; // bare specifiers cannot load in a browser build
      const target = resolveUrl(distDir, file, spec);
      if (target) add(target, `import from ${from}`);
    }
    for (const spec of dynamicImports(source)) {
      const target = resolveUrl(distDir, file, spec);
      if (target) lazy.add(relative(distDir, target).split(sep).join('/'));
    }
  }
  const list = [...files.values()];
  const firstLoad = new Set(list.map((f) => f.file));
  const outside = list.filter((f) => !f.maplibre);
  return {
    files: list,
    outsideMapLibre: {
      files: outside.map((f) => f.file),
      raw: outside.reduce((n, f) => n + f.raw, 0),
      gzip: outside.reduce((n, f) => n + f.gzip, 0),
    },
    mapLibreAtStart: list.filter((f) => f.maplibre).map((f) => f.file),
    lazy: [...lazy].filter((f) => !firstLoad.has(f)).sort(),
    missing,
  };
}

/** Every MapLibre chunk in dist/assets (whether or not it loads at start). */
export function mapLibreChunks(distDir = 'dist') {
  const assets = join(distDir, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name))
    .filter((name) => isMapLibreChunk(name, readFileSync(join(assets, name), 'utf8')))
    .map((name) => `assets/${name}`)
    .sort();
}

/**
 * The geometry files (dist/geo/*.json) the page fetches at start: those index.html links to and
 * those the first-load JS names (e.g. `geo/world.json`). If none can be told, all of them count.
 */
export function startGeometry(distDir = 'dist') {
  const geoDir = join(distDir, 'geo');
  const all = existsSync(geoDir)
    ? readdirSync(geoDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  const { html } = readIndex(distDir);
  const texts = [html, ...firstLoadJs(distDir).files.map((f) => readFileSync(join(distDir, f.file), 'utf8'))];
  const named = all.filter((name) => texts.some((text) => text.includes(`geo/${name}`)));
  const chosen = named.length > 0 ? named : all;
  const files = chosen.map((name) => ({ file: `geo/${name}`, ...fileSizes(join(geoDir, name)) }));
  return {
    files: files.map((f) => f.file),
    detected: named.length > 0,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

/** The content file, dist/data/strategy.json. */
export function contentSize(distDir = 'dist') {
  const file = join(distDir, 'data', 'strategy.json');
  if (!existsSync(file)) throw new Error(`No content in the build: ${resolve(file)} is missing.`);
  return { files: ['data/strategy.json'], ...fileSizes(file) };
}

/** All size figures and their verdicts. */
export function measureBudgets(distDir = 'dist') {
  const js = firstLoadJs(distDir);
  const geometry = startGeometry(distDir);
  const content = contentSize(distDir);
  const checks = [
    {
      id: 'firstLoadJs',
      label: 'first-load JS outside MapLibre (gzip)',
      value: js.outsideMapLibre.gzip,
      limit: BUDGETS.firstLoadJsGzip,
      files: js.outsideMapLibre.files,
    },
    {
      id: 'geometry',
      label: 'geometry at start (gzip)',
      value: geometry.gzip,
      limit: BUDGETS.geometryGzip,
      files: geometry.files,
    },
    {
      id: 'content',
      label: 'content (gzip)',
      value: content.gzip,
      limit: BUDGETS.contentGzip,
      files: content.files,
    },
  ].map((check) => ({ ...check, ok: check.value <= check.limit }));
  return { js, geometry, content, mapLibreChunks: mapLibreChunks(distDir), checks };
}

/** One line per check: "ok   first-load JS ... 88.1 KB <= 90.0 KB (assets/index-x.js)". */
export function describeCheck(check) {
  return `${check.ok ? 'ok  ' : 'OVER'} ${check.label}: ${formatKB(check.value)} (${check.value} B) ${
    check.ok ? '<=' : '>'
  } ${formatKB(check.limit)}; files: ${check.files.join(', ') || '(none)'}`;
}
