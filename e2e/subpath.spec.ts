import { existsSync } from 'node:fs';
import { da } from '../src/i18n/da';
import { expect, test, waitForMapIdle } from './fixtures';
import { expectFramingRules, expectHeaders, watch } from './headerChecks';
import { findNginx, startNginx, startServe, type Running } from './servers';

/**
 * The build for a path prefix (`npm run build:subpath`: `vite build --base=/strategy-map/` into
 * dist-subpath/), served under that prefix only: every request outside it is a 404, so anything
 * that ignores the base (a script, a preload, the worker, the data, a link) fails the journey.
 */
const BASE = '/strategy-map/';
const DIR = 'dist-subpath';

async function journey(origin: string, browser: import('@playwright/test').Browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watch(page);
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
    });
    // A deep link opens the region; the map draws (worker, geometry); nothing asked outside the prefix.
    await page.goto(`${origin}${BASE}?region=baltics`);
    await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
    await waitForMapIdle(page);
    // The share menu's links carry the prefix.
    await page.getByRole('button', { name: da.embed }).click();
    await expect(page.getByLabel(da.embedCodeLabel)).toHaveValue(
      new RegExp(`^<iframe src="${origin}${BASE}embed/\\?region=baltics&amp;lang=da" `),
    );
    // Back to the overview and into another region: history and the URL stay under the prefix.
    await page.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
    await page.locator('[data-region-button="arctic"]').click();
    await expect(page).toHaveURL(`${origin}${BASE}?region=arctic`);
    // The embed view under the prefix links to the full app under the prefix.
    const embed = await context.newPage();
    const embedProblems = watch(embed);
    await embed.goto(`${origin}${BASE}embed/?region=arctic`);
    await expect(embed.locator('#panel-heading')).toHaveText('Arktis');
    await expect(embed.getByRole('link', { name: da.openFullMap })).toHaveAttribute(
      'href',
      `${origin}${BASE}?region=arctic&lang=da`,
    );
    // A static page under the prefix: its tags, links and assets carry it (the build had SITE_URL);
    // the app takes it over, and selecting a region stays on the pages' paths.
    const html = await (await fetch(`${origin}${BASE}en/mykolaiv/`)).text();
    const site = `https://example.org${BASE}`;
    expect(html).toContain(`<link rel="canonical" href="${site}en/mykolaiv/" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="da" href="${site}da/mykolaiv/" />`);
    expect(html).toContain(`<meta property="og:image" content="${site}en/mykolaiv/preview.png" />`);
    expect(html).toContain(`<a class="link-button" href="${BASE}en/ukraine/">`);
    for (const [, url] of html.matchAll(/ (?:src|href)="(\/[^"]*)"/g))
      expect(url).toMatch(new RegExp(`^${BASE}`));
    const sitemap = await (await fetch(`${origin}${BASE}sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${site}en/mykolaiv/</loc>`);
    await page.goto(`${origin}${BASE}en/mykolaiv/`);
    await expect(page.locator('#root #panel-heading')).toHaveText('Mykolaiv');
    await page.locator('.also-part-of').getByRole('button', { name: 'Ukraine' }).click();
    await expect(page).toHaveURL(`${origin}${BASE}en/ukraine/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${origin}${BASE}en/ukraine/`,
    );
    expect(problems, 'failed requests and errors').toEqual([]);
    expect(embedProblems, 'failed requests and errors (embed view)').toEqual([]);
    expect(outside, 'requests outside the prefix').toEqual([]);
  } finally {
    await context.close();
  }
}

test.describe('under a path prefix', () => {
  test.beforeAll(() => {
    if (!existsSync(`${DIR}/index.html`))
      throw new Error(`No ${DIR}/: run "npm run build:subpath" first (npm test does).`);
  });

  test.describe('scripts/serve.mjs --base', () => {
    let server: Running;
    test.beforeAll(async () => {
      server = await startServe(DIR, BASE);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('a journey: deep link, map, share and embed links', async ({ browser }) => {
      await journey(server.origin, browser);
    });

    test('headers and framing rules', async ({ browser }) => {
      await expectHeaders(server.origin, BASE);
      await expectFramingRules(browser, server.origin, BASE);
    });
  });

  const nginx = findNginx();
  test.describe('nginx, with the rules generated for the prefix', () => {
    test.skip(!nginx && !process.env.CI, 'nginx is not installed (apt-get install -y nginx)');
    let server: Running;
    test.beforeAll(async () => {
      if (!nginx) throw new Error('nginx is not installed: CI must install it (.ci/run does, with apt-get)');
      server = await startNginx(nginx, DIR, BASE);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test('headers and a deep link', async ({ browser }) => {
      await expectHeaders(server.origin, BASE);
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = watch(page);
      await page.goto(`${server.origin}${BASE}?region=baltics`);
      await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
      await waitForMapIdle(page);
      expect(problems).toEqual([]);
      await context.close();
    });
  });
});
