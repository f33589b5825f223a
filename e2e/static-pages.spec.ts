import { readFileSync } from 'node:fs';
import { da } from '../src/i18n/da';
import { en } from '../src/i18n/en';
import { content, measuresOf, regionDefinition, regionName } from './content';
import { expect, test } from './fixtures';
import { startStaticHost, type Running } from './servers';

/**
 * The static pages (prerender/): what a link previewer or a crawler gets, without JavaScript, from
 * dist/ served as plain files; and the app that takes over such a page without showing another.
 */
const STRINGS = { da, en };
const REGIONS = ['mykolaiv', 'baltics', 'arctic'];
const LANGS = ['da', 'en'] as const;

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The value of a <meta property|name=key> or the href of a <link rel=key [hreflang]>. */
function tag(html: string, pattern: RegExp): string | undefined {
  const raw = pattern.exec(html)?.[1];
  return raw === undefined ? undefined : decode(raw).trim();
}
const meta = (html: string, key: string) =>
  tag(html, new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
const link = (html: string, rel: string, hreflang?: string) =>
  tag(html, new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`));

function firstSentence(text: string): string {
  return /^.+?[.!?](?=\s|$)/s.exec(text)?.[0] ?? text;
}

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const summaries = JSON.parse(readFileSync('public/data/strategy.json', 'utf8')) as {
  regions: { id: string; summary: { da: string; en: string } }[];
};

test.describe('the static pages, without JavaScript, from dist/ as plain files', () => {
  let host: Running;
  test.beforeAll(async () => {
    host = await startStaticHost('dist');
  });
  test.afterAll(async () => {
    await host?.stop();
  });

  for (const lang of LANGS) {
    for (const region of REGIONS) {
      test(`/${lang}/${region}/: tags, picture, alternates and the panel`, async () => {
        const path = `/${lang}/${region}/`;
        const response = await fetch(`${host.origin}${path}`);
        expect(response.status).toBe(200);
        const html = await response.text();
        const name = regionName(region, lang);
        const title = `${name} · ${STRINGS[lang].appTitleShort}`;
        const summary = summaries.regions.find((r) => r.id === region)!.summary[lang];

        // The head a link previewer reads.
        expect(html).toContain(`<html lang="${lang}"`);
        expect(tag(html, /<title>([^<]*)<\/title>/)).toBe(title);
        expect(tag(html, /<meta\s+name="description"\s+content="([^"]*)"/)).toBe(firstSentence(summary));
        expect(meta(html, 'og:title')).toBe(title);
        expect(meta(html, 'og:description')).toBe(firstSentence(summary));
        expect(meta(html, 'og:url')).toBe(path);
        expect(meta(html, 'og:locale')).toBe(lang === 'da' ? 'da_DK' : 'en_GB');
        expect(meta(html, 'twitter:card')).toBe('summary_large_image');
        expect(link(html, 'canonical')).toBe(path);
        const other = lang === 'da' ? 'en' : 'da';
        expect(link(html, 'alternate', other)).toBe(`/${other}/${region}/`);
        expect(link(html, 'alternate', lang)).toBe(path);
        expect(link(html, 'alternate', 'x-default')).toBe(`/?region=${region}`);

        // The picture: a PNG of 1200×630, under 150 KB.
        const image = meta(html, 'og:image')!;
        expect(image).toBe(`${path}preview.png`);
        const picture = await fetch(new URL(image, `${host.origin}${path}`));
        expect(picture.status).toBe(200);
        const bytes = Buffer.from(await picture.arrayBuffer());
        expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
        expect(bytes.length).toBeLessThan(150 * 1024);

        // The panel as HTML: the name, the definition, every measure, a citation, the map link.
        const text = decode(html);
        expect(tag(html, /<h2 id="panel-heading"[^>]*>([^<]*)<\/h2>/)).toBe(name);
        expect(text).toContain(regionDefinition(region).definition[lang]);
        const measures = measuresOf(region);
        expect(measures.length).toBeGreaterThan(0);
        for (const m of measures) {
          expect(text).toContain(m.text[lang]);
          expect(text).toContain(`“${m.quote}”`);
        }
        expect(text).toContain('Altinget');
        expect(html).toContain(`href="/?region=${region}&amp;lang=${lang}"`);

        // The CSP still holds: the policy has no 'unsafe-inline', no inline script or style attribute.
        const csp = tag(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)!;
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(html.match(/<script\b[^>]*>/g)?.every((s) => / src="/.test(s))).toBe(true);
        expect(html).not.toMatch(/\sstyle="/);
      });
    }
  }

  test('the overview pages, the 404 page, robots.txt', async () => {
    for (const lang of LANGS) {
      const html = await (await fetch(`${host.origin}/${lang}/`)).text();
      expect(tag(html, /<h2 id="panel-heading"[^>]*>([^<]*)<\/h2>/)).toBe(STRINGS[lang].introHeading);
      // Every region is a link to its page.
      for (const r of content.regions.filter((r) => r.kind !== 'global')) {
        expect(html).toContain(`data-region-button="${r.id}" href="/${lang}/${r.id}/"`);
      }
    }
    const missing = await fetch(`${host.origin}/en/nowhere/`);
    expect(missing.status).toBe(404);
    const page = await missing.text();
    expect(page).toContain('Siden findes ikke');
    expect(page).toContain('href="/"');
    expect(page).not.toMatch(/<script/);
    const robots = await fetch(`${host.origin}/robots.txt`);
    expect(await robots.text()).toContain('User-agent: *');
  });
});

test('with JavaScript, the app takes over the page on the same region, never showing another', async ({
  page,
  baseURL,
}) => {
  // Each frame, the heading on screen: the static page's while it is there, then the app's.
  await page.addInitScript(() => {
    const samples: string[] = [];
    (window as unknown as { __headings: string[] }).__headings = samples;
    const sample = () => {
      const staticPage = document.getElementById('static-page');
      const heading = staticPage
        ? staticPage.querySelector('#panel-heading')
        : document.querySelector('#root #panel-heading');
      samples.push(heading ? `${staticPage ? 'static' : 'app'}:${heading.textContent}` : 'none');
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(`${baseURL}/en/mykolaiv/`);
  await expect(page.locator('#static-page')).toHaveCount(0);
  await expect(page.locator('#root #panel-heading')).toHaveText('Mykolaiv');
  await expect(page.locator('#root')).toBeVisible();
  const headings = await page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);
  const shown = headings.slice(headings.findIndex((h) => h !== 'none'));
  expect(shown[0]).toBe('static:Mykolaiv');
  expect(shown.at(-1)).toBe('app:Mykolaiv');
  expect(new Set(shown)).toEqual(new Set(['static:Mykolaiv', 'app:Mykolaiv']));

  // The head follows the view; the URL stays on the page paths, and Back walks them.
  await expect(page).toHaveURL(`${baseURL}/en/mykolaiv/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/mykolaiv/`);
  await page.locator('.also-part-of').getByRole('button', { name: 'Ukraine' }).click();
  await expect(page.locator('#panel-heading')).toHaveText('Ukraine');
  await expect(page).toHaveURL(`${baseURL}/en/ukraine/`);
  await expect(page).toHaveTitle(`Ukraine · ${en.appTitleShort}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/ukraine/`);
  await page.getByRole('button', { name: en.switchLanguageLabel }).click();
  await expect(page).toHaveURL(`${baseURL}/da/ukraine/`);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/en/mykolaiv/`);
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
});

test('an unknown region path is the 404 page, with status 404; a deep link on / still opens', async ({
  page,
  baseURL,
  guards,
}) => {
  guards.allowErrors.push(/status of 404/);
  const response = await page.goto(`${baseURL}/da/atlantis/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('#panel-heading')).toHaveText('Siden findes ikke');
  await page.getByRole('link', { name: 'Til oversigten' }).click();
  await expect(page).toHaveURL(`${baseURL}/da/`);
  await expect(page.locator('#root #panel-heading')).toHaveText(da.introHeading);
  const deep = await page.goto(`${baseURL}/some/page?region=baltics`);
  expect(deep?.status()).toBe(200);
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
});
