import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nginxConf } from '../scripts/deploy-configs.mjs';

/** Servers the e2e tests start themselves, beside the one playwright.config.ts starts. */
export interface Running {
  origin: string;
  stop: () => Promise<void>;
}

const HOST = '127.0.0.1';
const REPO = resolve(import.meta.dirname, '..');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, HOST, done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`no answer from ${url} within 15 s:\n${log()}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}

/** scripts/serve.mjs on a port of its own, e.g. for a build made with another base. */
export async function startServe(dir: string, base = '/'): Promise<Running> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', String(port), '--dir', dir, '--base', base, '--quiet'],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://${HOST}:${port}`;
  await waitForServer(`${origin}${base}`, child, () => stderr);
  return { origin, stop: stopper(child) };
}

/** Debian's nginx binary, or null. */
export function findNginx(): string | null {
  for (const path of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (path && existsSync(path)) return path;
  }
  return null;
}

/**
 * nginx in the foreground on a loopback port, serving `root` with the shipped rules
 * (deploy/nginx/strategy-map.conf, included as it is; for another base, the same generator's).
 * Only the frame around them (ports, paths, temp folders) is the test's own.
 */
export async function startNginx(nginx: string, root: string, base = '/'): Promise<Running> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'strategy-map-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  let rules = resolve(REPO, 'deploy/nginx/strategy-map.conf');
  let siteRoot = resolve(root);
  if (base !== '/') {
    // Under a prefix: the same generator's rules, and the build at <root><base>.
    rules = join(prefix, 'strategy-map.conf');
    writeFileSync(rules, nginxConf(base));
    siteRoot = join(prefix, 'www');
    const mount = join(siteRoot, base.slice(0, -1));
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(resolve(root), mount);
  }
  // Root runs workers as `nobody` by default, which may not read the checkout.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${join(prefix, `${name}_temp`)};`)
    .join('\n');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${user}
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'logs/error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
${temp}
    server {
        listen ${HOST}:${port};
        root ${siteRoot};
        include ${rules};
    }
}
`,
  );
  const child = spawn(
    nginx,
    [
      '-p',
      prefix,
      '-e',
      join(prefix, 'logs/error.log'),
      '-c',
      join(prefix, 'nginx.conf'),
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => {
    const file = join(prefix, 'logs/error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  const origin = `http://${HOST}:${port}`;
  await waitForServer(`${origin}${base}`, child, log);
  const stop = stopper(child);
  return {
    origin,
    stop: async () => {
      await stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** A page of another site (another port is another origin), e.g. an article that embeds the map. */
export async function startHostPage(html: string): Promise<Running> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, HOST, done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${port}`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};

/**
 * A plain static host, as GitHub Pages or a bucket serves files: a file by its path, a folder by
 * its index.html, anything else 404.html with status 404. No headers of ours, no fallback page.
 */
export async function startStaticHost(dir: string): Promise<Running> {
  const root = resolve(REPO, dir);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const asked = join(root, path);
    const candidate = existsSync(asked) && statSync(asked).isDirectory() ? join(asked, 'index.html') : asked;
    const found = candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile();
    const file = found ? candidate : join(root, '404.html');
    const body = readFileSync(file);
    const type = STATIC_TYPES[/\.[a-z]+$/.exec(file)?.[0] ?? ''] ?? 'application/octet-stream';
    response.writeHead(found ? 200 : 404, { 'Content-Type': type }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, HOST, done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${port}`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}
