import type { Browser, Page } from '@playwright/test';
import { cspHeader } from '../scripts/headers.mjs';
import { expect } from './fixtures';
import { startHostPage } from './servers';

/** Checks of what a server sends, for any server and base (e2e/headers.spec.ts, e2e/subpath.spec.ts). */

const get = (url: string) => fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });

/** The first hashed script the page loads: an asset to check the caching of. */
async function firstAsset(origin: string, base: string): Promise<string> {
  const html = await (await get(`${origin}${base}`)).text();
  const src = new RegExp(`src="(${base}assets/[^"]+\\.js)"`).exec(html)?.[1];
  if (!src) throw new Error(`no hashed script in ${origin}${base}`);
  return src;
}

export async function expectHeaders(origin: string, base = '/'): Promise<void> {
  const security = (response: Response, kind: 'app' | 'embed', what: string) => {
    const csp = response.headers.get('content-security-policy');
    expect(csp, `${what}: CSP`).toBe(cspHeader(kind));
    expect(csp, `${what}: frame-ancestors`).toMatch(
      kind === 'app' ? /frame-ancestors 'none'(;|$)/ : /frame-ancestors \*(;|$)/,
    );
    expect(response.headers.get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), `${what}: referrer policy`).toBe('no-referrer');
  };

  // The app's page, a deep link and an unknown path (the page again): never framed, revalidated, gzip.
  for (const path of [base, `${base}?region=baltics&lang=en`, `${base}no/such/page`]) {
    const page = await get(`${origin}${path}`);
    expect(page.status, path).toBe(200);
    expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
    expect(await page.text(), path).toContain('<div id="root">');
    security(page, 'app', path);
    expect(page.headers.get('x-frame-options'), path).toBe('DENY');
    expect(page.headers.get('cache-control'), path).toBe('no-cache');
    expect(page.headers.get('content-encoding'), path).toBe('gzip');
  }

  // The embed view: any site may frame it.
  const embed = await get(`${origin}${base}embed/?region=baltics`);
  expect(embed.status).toBe(200);
  expect(await embed.text()).toContain('<html data-embed');
  security(embed, 'embed', 'embed view');
  expect(embed.headers.get('x-frame-options')).toBeNull();
  expect(embed.headers.get('cache-control')).toBe('no-cache');

  // A hashed asset: a year, immutable, gzip.
  const assetPath = await firstAsset(origin, base);
  const asset = await get(`${origin}${assetPath}`);
  expect(asset.status, assetPath).toBe(200);
  expect(asset.headers.get('content-type'), assetPath).toMatch(/javascript/);
  expect(asset.headers.get('cache-control'), assetPath).toBe('public, max-age=31536000, immutable');
  expect(asset.headers.get('content-encoding'), assetPath).toBe('gzip');
  security(asset, 'app', assetPath);

  // Data and geometry keep their names: revalidated, gzip.
  for (const path of [`${base}data/strategy.json`, `${base}geo/world.json`]) {
    const data = await get(`${origin}${path}`);
    expect(data.status, path).toBe(200);
    expect(data.headers.get('content-type'), path).toMatch(/^application\/json/);
    expect(data.headers.get('cache-control'), path).toBe('no-cache');
    expect(data.headers.get('content-encoding'), path).toBe('gzip');
  }

  // A static page: the app's headers (never framed). An unknown path among them: the 404 page.
  const region = await get(`${origin}${base}en/mykolaiv/`);
  expect(region.status).toBe(200);
  expect(await region.text()).toContain('<div id="static-page">');
  security(region, 'app', 'static page');
  expect(region.headers.get('x-frame-options')).toBe('DENY');
  expect(region.headers.get('cache-control')).toBe('no-cache');
  for (const path of [`${base}en/atlantis/`, `${base}da/atlantis`]) {
    const unknown = await get(`${origin}${path}`);
    expect(unknown.status, path).toBe(404);
    expect(unknown.headers.get('content-type'), path).toMatch(/^text\/html/);
    expect(await unknown.text(), path).toContain('Siden findes ikke');
    security(unknown, 'app', path);
  }

  // A missing file is a real 404 (with the headers), not the page.
  for (const path of [`${base}data/missing.json`, `${base}assets/missing-0000.js`]) {
    const missing = await get(`${origin}${path}`);
    expect(missing.status, path).toBe(404);
    expect(missing.headers.get('x-content-type-options'), path).toBe('nosniff');
  }
}

/**
 * A page of another origin frames the full app and the embed view: the embed view shows the region
 * and its panel; the full app is refused by the server's headers.
 */
export async function expectFramingRules(browser: Browser, origin: string, base = '/'): Promise<void> {
  const host = await startHostPage(
    `<!doctype html><html lang="en"><title>An article</title>
<iframe id="app" src="${origin}${base}?region=baltics" width="800" height="500" title="app"></iframe>
<iframe id="embed" src="${origin}${base}embed/?region=baltics" width="800" height="600" title="embed"></iframe>`,
  );
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(host.origin);
    await expect(page.frameLocator('#embed').locator('#panel-heading')).toHaveText('Baltikum');
    const appFrame = await (await page.locator('#app').elementHandle())?.contentFrame();
    if (!appFrame) throw new Error('no frame for the full app');
    // Chromium puts its error page where a frame was refused.
    await expect.poll(() => appFrame.url()).toBe('chrome-error://chromewebdata/');
    await expect(appFrame.locator('.app')).toHaveCount(0);
  } finally {
    await context.close();
    await host.stop();
  }
}

/** Errors and failed responses of a page that is not at the tests' baseURL. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`unhandled: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}
