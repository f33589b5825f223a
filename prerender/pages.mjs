/**
 * The static pages as text: head tags, the built index.html around a rendered body, the links of
 * a page without JavaScript, sitemap.xml and robots.txt. Pure functions (prerender/test/).
 */

export const LOCALES = { da: 'da_DK', en: 'en_GB' };

export const escapeHtml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unescapeHtml = (text) =>
  text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The head of one page: what link previewers and search engines read. `url`, `image` and the
 * alternates are absolute when the build knows the site's address, else root-relative.
 */
export function headTags({
  title,
  description,
  url,
  image,
  imageAlt,
  lang,
  alternates,
  siteName,
  stylesheet,
}) {
  const other = lang === 'da' ? 'en' : 'da';
  const meta = (attr, key, content) => `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...Object.entries(alternates).map(
      ([hreflang, href]) => `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(href)}" />`,
    ),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', LOCALES[lang]),
    meta('property', 'og:locale:alternate', LOCALES[other]),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:card', 'summary_large_image'),
    `<link rel="stylesheet" href="${escapeHtml(stylesheet)}" />`,
  ].join('\n    ');
}

/**
 * A page from the built index.html (its CSP, scripts and styles as Vite wrote them): the page's
 * language, title, description and head tags, and its body beside an empty #root. `app: false`
 * (the 404 page) drops the app's scripts and preloads: that page is only what it shows.
 */
export function pageHtml(indexHtml, { lang, title, description, head, body, app = true }) {
  let html = indexHtml
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*"/, `$1${escapeHtml(description)}"`)
    .replace('</head>', `    ${head}\n  </head>`)
    .replace(
      /<body>[\s\S]*<\/body>/,
      `<body>\n    <div id="static-page">${body}</div>\n    <div id="root"></div>\n  </body>`,
    );
  if (!app) {
    html = html
      .replace(/\s*<script\b[^>]*><\/script>/g, '')
      .replace(/\s*<link\s+rel="(modulepreload|preload)"[^>]*>/g, '');
  }
  return html;
}

/**
 * Without JavaScript the app's buttons do nothing: the ones that open a region or the overview
 * become links to those pages (the app's classes kept, so they look the same).
 */
export function buttonsToLinks(html, { regionHref, idByName, overviewHref }) {
  return html.replace(
    /<button type="button" class="([^"]*)"([^>]*)>(.*?)<\/button>/g,
    (whole, cls, rest, inner) => {
      let href = null;
      if (cls === 'close-button') href = overviewHref;
      else if (cls.startsWith('region-list-button'))
        href = regionHref(/data-region-button="([^"]+)"/.exec(rest)?.[1]);
      else if (cls.startsWith('link-button')) href = regionHref(idByName.get(unescapeHtml(inner)));
      return href ? `<a class="${cls}"${rest} href="${escapeHtml(href)}">${inner}</a>` : whole;
    },
  );
}

/**
 * React writes element styles (the priority colours) as style attributes, which the CSP's
 * `style-src 'self'` refuses in markup: each becomes a data attribute and a rule of the pages'
 * stylesheet. `rules` collects them across pages.
 */
export function stylesToRules(html, rules) {
  return html.replace(/ style="([^"]*)"/g, (_whole, style) => {
    if (!rules.has(style)) rules.set(style, rules.size);
    return ` data-s="${rules.get(style)}"`;
  });
}

export function sitemap(entries) {
  const urls = entries.map(({ loc, alternates }) =>
    [
      '  <url>',
      `    <loc>${escapeHtml(loc)}</loc>`,
      ...Object.entries(alternates).map(
        ([hreflang, href]) =>
          `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(href)}"/>`,
      ),
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robots(sitemapUrl) {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? [`Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
