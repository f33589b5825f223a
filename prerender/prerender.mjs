/**
 * The static pages, written into a finished build (called by the build, scripts/vite-deploy.mjs):
 * for each language, the overview at <base>{lang}/ and every region at <base>{lang}/{region}/,
 * each an index.html that reads without JavaScript (the app's own components rendered to HTML)
 * and a 1200×630 preview.png; 404.html, sitemap.xml and robots.txt. Its build-time dependencies
 * live in this folder's package, installed here on first use (npm ci --prefix prerender).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePackage } from '../scripts/ensure-package.mjs';
import { buttonsToLinks, headTags, pageHtml, robots, sitemap, stylesToRules } from './pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = ['da', 'en'];

/** The site's origin from SITE_URL (a path in it, if any, must be the base), else ''. */
export function siteOrigin(siteUrl, base) {
  if (!siteUrl) return '';
  const url = new URL(siteUrl);
  const path = url.pathname.replace(/\/?$/, '/');
  if (path !== '/' && path !== base)
    throw new Error(`SITE_URL ${siteUrl}: its path must be / or the base ${base}`);
  return url.origin;
}

/** The app's own modules, run in Node by Vite (TypeScript, JSX, JSON), with the store readable on the server. */
async function loadApp(root, base) {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root,
    base,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { alias: [{ find: /^zustand$/, replacement: join(here, 'zustand-server.mjs') }] },
  });
  try {
    const load = (path) => server.ssrLoadModule(path);
    return {
      page: await load('/src/app/StaticPage.tsx'),
      paths: await load('/src/state/paths.ts'),
      describe: await load('/src/content/describe.ts'),
      membership: await load('/src/content/membership.ts'),
      strings: { da: (await load('/src/i18n/da.ts')).da, en: (await load('/src/i18n/en.ts')).en },
    };
  } finally {
    await server.close();
  }
}

export async function prerender({ root, outDir, base, siteUrl = process.env.SITE_URL, log = console.log }) {
  const started = performance.now();
  ensurePackage(here);
  const { readWorld, previewSvg, renderPng } = await import('./images.mjs');
  const app = await loadApp(root, base);
  const json = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
  const strategy = json('public/data/strategy.json');
  const info = app.membership.parseRegionInfo(json('geo/regions.json'), json('src/content/countries.json'));
  const world = readWorld(json('public/geo/world.json'));
  const indexHtml = readFileSync(join(outDir, 'index.html'), 'utf8');
  const origin = siteOrigin(siteUrl, base);
  const local = (lang, region) => `${base}${app.paths.pagePath({ lang, region })}`;
  const absolute = (path) => `${origin}${path}`;

  const styleRules = new Map();
  const pages = [];
  const images = [];
  const write = (path, data) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), data);
  };
  const mapLink = (lang, region) => `${base}?${region ? `region=${region}&` : ''}lang=${lang}`;
  const overviews = { da: local('da', null), en: local('en', null) };

  for (const lang of LANGS) {
    const strings = app.strings[lang];
    const idByName = new Map(strategy.regions.map((r) => [r.name[lang], r.id]));
    for (const region of [null, ...strategy.regions.map((r) => r.id)]) {
      const entry = strategy.regions.find((r) => r.id === region);
      const other = lang === 'da' ? 'en' : 'da';
      const path = local(lang, region);
      const title = entry ? `${entry.name[lang]} · ${strings.appTitleShort}` : strings.appTitleShort;
      const description = entry ? app.describe.firstSentence(entry.summary[lang]) : strings.appSubtitle;
      const png = renderPng(
        previewSvg({
          world,
          region,
          title: strings.appTitle,
          name: entry?.name[lang] ?? strings.introHeading,
        }),
      );
      write(`${path.slice(base.length)}preview.png`, png);
      images.push(png.length);
      const alternates = {
        da: absolute(local('da', region)),
        en: absolute(local('en', region)),
        'x-default': absolute(region ? `${base}?region=${region}` : base),
      };
      const body = buttonsToLinks(
        stylesToRules(
          app.page.renderStaticPage({
            strategy,
            info,
            strings,
            lang,
            region,
            links: {
              otherLang: local(other, region),
              map: mapLink(lang, region),
              overviews,
              preview: `${path}preview.png`,
            },
          }),
          styleRules,
        ),
        { regionHref: (id) => id && local(lang, id), idByName, overviewHref: overviews[lang] },
      );
      pages.push({
        path,
        lang,
        title,
        description,
        body,
        alternates,
        image: absolute(`${path}preview.png`),
        imageAlt: title,
      });
    }
  }

  // The stylesheet exists once all pages have added their rules; its name carries its hash.
  const css =
    readFileSync(join(here, 'static.css'), 'utf8') +
    [...styleRules].map(([style, n]) => `[data-s='${n}'] {\n  ${style};\n}\n`).join('');
  const stylesheet = `assets/static-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  write(stylesheet, css);

  for (const page of pages) {
    const url = absolute(page.path);
    const siteName = app.strings[page.lang].appTitleShort;
    const head = headTags({ ...page, url, siteName, stylesheet: `${base}${stylesheet}` });
    write(`${page.path.slice(base.length)}index.html`, pageHtml(indexHtml, { ...page, head }));
  }

  // The page for unknown paths: static hosts serve 404.html, and so do scripts/serve.mjs and nginx.
  const strings = app.strings.da;
  const notFound = stylesToRules(
    app.page.renderStaticPage({
      strategy,
      info,
      strings,
      lang: 'da',
      region: 'not-found',
      links: { otherLang: overviews.en, map: base, overviews, preview: null },
    }),
    new Map(),
  );
  const notFoundHead = [
    '<meta name="robots" content="noindex" />',
    `<link rel="stylesheet" href="${base}${stylesheet}" />`,
  ].join('\n    ');
  write(
    '404.html',
    pageHtml(indexHtml, {
      lang: 'da',
      title: `${app.page.PAGE_STRINGS.da.notFound} · ${strings.appTitleShort}`,
      description: strings.appSubtitle,
      head: notFoundHead,
      body: notFound,
      app: false,
    }),
  );

  if (origin) {
    write('sitemap.xml', sitemap(pages.map((p) => ({ loc: absolute(p.path), alternates: p.alternates }))));
  }
  write('robots.txt', robots(origin ? absolute(`${base}sitemap.xml`) : null));

  const kb = (n) => (n / 1024).toFixed(1);
  const total = images.reduce((a, b) => a + b, 0);
  log(
    `[prerender] ${pages.length} pages and preview images (${kb(total)} KB in all, largest ${kb(Math.max(...images))} KB), ` +
      `404.html, ${origin ? 'sitemap.xml, ' : ''}robots.txt in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!origin) {
    log(
      '[prerender] SITE_URL is not set: canonical, og:url, og:image and the hreflang links are root-relative ' +
        '(link previewers need absolute ones), and there is no sitemap.xml. Build with SITE_URL=https://your.host for them.',
    );
  }
  return { pages: pages.length, imageBytes: total };
}
