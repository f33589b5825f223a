import { expect, test, waitForMapIdle } from './fixtures';
import { expectFramingRules, expectHeaders, watch } from './headerChecks';
import { findNginx, startNginx, type Running } from './servers';

/**
 * The headers every server sends, checked on scripts/serve.mjs (`npm start`, the other e2e tests)
 * and on Debian's nginx with the shipped configuration (deploy/nginx/strategy-map.conf).
 */

test.describe('scripts/serve.mjs', () => {
  test('sends the security and caching headers of scripts/headers.mjs', async ({ baseURL }) => {
    await expectHeaders(baseURL!);
  });

  test('lets another origin frame the embed view only', async ({ browser, baseURL }) => {
    await expectFramingRules(browser, baseURL!);
  });
});

const nginx = findNginx();

test.describe('nginx (Debian) with deploy/nginx/strategy-map.conf', () => {
  // Outside CI a machine without nginx skips these, visibly; in CI a missing nginx is a failure.
  test.skip(!nginx && !process.env.CI, 'nginx is not installed (apt-get install -y nginx)');

  let server: Running;
  test.beforeAll(async () => {
    if (!nginx) throw new Error('nginx is not installed: CI must install it (.ci/run does, with apt-get)');
    server = await startNginx(nginx, 'dist');
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('sends the security and caching headers, compresses, falls back for deep links', async () => {
    await expectHeaders(server.origin);
  });

  test('lets another origin frame the embed view only', async ({ browser }) => {
    await expectFramingRules(browser, server.origin);
  });

  test('a deep link opens the region, its panel and the map', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.origin}/?region=baltics&priority=defence`);
    await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
    await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
    await waitForMapIdle(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
