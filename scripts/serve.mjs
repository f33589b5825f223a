#!/usr/bin/env node
/**
 * Serves the production build (dist/) on loopback, with the headers of scripts/headers.mjs (the
 * same as the shipped nginx config): gzip for text, long-lived caching for content-hashed assets,
 * revalidation for everything else, the security headers, framing allowed for the embed view only;
 * 404.html with status 404 for unknown paths under the static pages' folders (/da/, /en/).
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--base /] [--quiet]
 * --base serves the build under a path prefix (built with `vite build --base`); outside it, 404.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_DIR, NOT_FOUND_PAGE, PAGE_DIRS, headersFor } from './headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = '127.0.0.1';
const root = resolve(option('dir', 'dist'));
const quiet = args.includes('--quiet');
const base = `/${option('base', '/')}/`.replace(/\/+/g, '/');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}: run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

const cache = new Map();
function load(file) {
  let entry = cache.get(file);
  if (!entry) {
    const body = readFileSync(file);
    const ext = extname(file);
    entry = { body, gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null, ext };
    cache.set(file, entry);
  }
  return entry;
}

function resolveFile(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isFile()) return file;
  // A folder is its index.html (the app at the base, the embed view at <base>embed/).
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/** The page for a path without a file: the embed view under <base>embed/, else the app. */
function fallbackPage(pathname) {
  return pathname.startsWith(`${base}${EMBED_DIR}`)
    ? join(root, EMBED_DIR, 'index.html')
    : join(root, 'index.html');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pageHeaders = headersFor(url.pathname, base);
  const notFound = () =>
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...pageHeaders }).end('Not found');
  if (!url.pathname.startsWith(base)) return notFound();
  // Any path without a file is the page (deep links); a missing file (with an extension) is a 404;
  // under the static pages' folders, an unknown path is the 404 page.
  let file = resolveFile(url.pathname.slice(base.length - 1));
  let status = 200;
  if (!file) {
    if (PAGE_DIRS.some((dir) => url.pathname.startsWith(`${base}${dir}`))) {
      file = join(root, NOT_FOUND_PAGE);
      status = 404;
      if (!existsSync(file)) return notFound();
    } else if (extname(url.pathname) !== '') {
      return notFound();
    } else {
      file = fallbackPage(url.pathname);
    }
  }
  const { body, gzip, ext } = load(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    Vary: 'Accept-Encoding',
    ...pageHeaders,
  };
  const useGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const payload = useGzip ? gzip : body;
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = payload.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
});

server.listen(port, host, () => {
  if (!quiet) console.log(`Serving the production build at http://${host}:${port}${base} (Ctrl+C to stop)`);
});
