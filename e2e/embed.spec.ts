import { da } from '../src/i18n/da';
import { expect, test } from './fixtures';
import { startHostPage } from './servers';

test('an article on another site embeds the map with the share menu code', async ({
  page,
  browser,
  baseURL,
}) => {
  // The reader picks a region and takes the embed code from the share menu.
  await page.goto('/');
  await page.locator('[data-region-button="baltics"]').click();
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await page.getByRole('button', { name: da.embed }).click();
  const snippet = await page.getByLabel(da.embedCodeLabel).inputValue();
  expect(snippet).toBe(
    `<iframe src="${baseURL}/embed/?region=baltics&amp;lang=da" width="720" height="600" ` +
      `title="Baltikum · ${da.appTitleShort}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
  );

  // An article of another origin (another port) carries it.
  const host = await startHostPage(
    `<!doctype html><html lang="en"><title>An article</title><h1>News</h1><p>Text.</p>${snippet}<p>More.</p>`,
  );
  const context = await browser.newContext();
  try {
    const article = await context.newPage();
    await article.goto(host.origin);
    const frame = article.frameLocator('iframe');
    await expect(frame.locator('#panel-heading')).toHaveText('Baltikum');
    await expect(frame.locator('.maplibregl-canvas')).toBeVisible({ timeout: 30_000 });
    // Compact: the slim header without the subtitle, with the way out to the full map.
    await expect(frame.locator('html')).toHaveAttribute('data-embed', '');
    await expect(frame.locator('.app-title p')).toBeHidden();
    const link = frame.getByRole('link', { name: da.openFullMap });
    await expect(link).toHaveAttribute('href', `${baseURL}/?region=baltics&lang=da`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');

    // Choosing in the frame changes the frame's view, never the article's history.
    const historyBefore = await article.evaluate(() => history.length);
    await frame.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
    await frame.locator('[data-region-button="arctic"]').click();
    await expect(frame.locator('#panel-heading')).toHaveText('Arktis');
    await expect(link).toHaveAttribute('href', `${baseURL}/?region=arctic&lang=da`);
    expect(await article.evaluate(() => history.length)).toBe(historyBefore);
    expect(article.url()).toBe(`${host.origin}/`);

    // The link opens the same view in the full app, in a new window.
    const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(full).toHaveURL(`${baseURL}/?region=arctic&lang=da`);
    await expect(full.locator('#panel-heading')).toHaveText('Arktis');
    await expect(full.locator('html')).not.toHaveAttribute('data-embed');
  } finally {
    await context.close();
    await host.stop();
  }
});

test('an embed link with hostile parameters loads and says compactly what it ignored', async ({ page }) => {
  await page.goto('/embed/?region=%3Cscript%3Ealert(1)%3C/script%3E&foo=1&priority=defence');
  const notice = page.locator('.notice-compact');
  await expect(notice).toContainText(da.noticeHeading);
  await expect(notice).toContainText('region=<script>alert(1)</script>');
  await expect(notice).toContainText('foo=1');
  // What was valid is kept; the page is the embed view's.
  await expect(page.locator('button[data-priority="defence"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  await expect(page.getByRole('link', { name: da.openFullMap })).toBeVisible();
  await expect(page).toHaveURL(/\/embed\/\?priority=defence$/);
});

test('a narrow frame gets the narrow layout: the panel is a sheet at the bottom', async ({
  browser,
  baseURL,
}) => {
  const host = await startHostPage(
    `<!doctype html><html lang="en"><title>A column</title>` +
      `<iframe src="${baseURL}/embed/?region=baltics" width="360" height="640" title="map" style="border:0"></iframe>`,
  );
  const context = await browser.newContext();
  try {
    const article = await context.newPage();
    await article.goto(host.origin);
    const frame = article.frameLocator('iframe');
    await expect(frame.locator('#panel-heading')).toHaveText('Baltikum');
    const frameBox = (await article.locator('iframe').boundingBox())!;
    const panel = (await frame.locator('#panel').boundingBox())!;
    expect(panel.width).toBeCloseTo(frameBox.width, 0);
    expect(panel.y + panel.height).toBeCloseTo(frameBox.y + frameBox.height, 0);
    expect(panel.height).toBeLessThan(frameBox.height * 0.6);
  } finally {
    await context.close();
    await host.stop();
  }
});
