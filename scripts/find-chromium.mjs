/**
 * Where is a Chromium for Playwright? CHROME_PATH, then the system's Chromium or Chrome, then
 * Playwright's own cache. Never downloads anything.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    ...playwrightCache(),
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: install one (e.g. "sudo apt-get install chromium") or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

function playwrightCache() {
  const dir = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((name) => [
      join(dir, name, 'chrome-linux', 'chrome'),
      join(dir, name, 'chrome-linux64', 'chrome'),
    ]);
}

/**
 * Flags that give headless Chromium WebGL2 through SwiftShader (software), as MapLibre needs. As
 * root, --no-sandbox is required. Never add --disable-software-rasterizer: it takes WebGL away.
 */
export const WEBGL_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Flags that take WebGL away (--disable-software-rasterizer does), for the fallback journey. */
export const NO_WEBGL_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-software-rasterizer',
  '--disable-background-networking',
];
