#!/usr/bin/env node
/**
 * Serves the production build (dist/) on loopback: gzip for text, long-lived caching for
 * content-hashed assets, revalidation for everything else, and the Content-Security-Policy header.
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--quiet]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CSP_DIRECTIVES, HEADER_ONLY_DIRECTIVES, cspString } from './csp.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const host = '127.0.0.1';
const root = resolve(option('dir', 'dist'));
const quiet = args.includes('--quiet');

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
const SECURITY_HEADERS = {
  'Content-Security-Policy': cspString({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
};

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
  if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // Any path without a file is the app (a single page); missing data files are a real 404.
  let file = resolveFile(url.pathname);
  if (!file) {
    if (extname(url.pathname) !== '') {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
        .end('Not found');
      return;
    }
    file = join(root, 'index.html');
  }
  const { body, gzip, ext } = load(file);
  const hashed = url.pathname.startsWith('/assets/');
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Hashed names never change; data and the page are revalidated (ETag-free: they are small).
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...SECURITY_HEADERS,
  };
  const useGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const payload = useGzip ? gzip : body;
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = payload.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
});

server.listen(port, host, () => {
  if (!quiet) console.log(`Serving the production build at http://${host}:${port}/ (Ctrl+C to stop)`);
});
