import { expect, it } from 'vitest';
import { buttonsToLinks, headTags, pageHtml, robots, sitemap, stylesToRules } from '../pages.mjs';

const INDEX = `<!doctype html>
<html lang="da">
  <head>
    <meta name="description" content="old" />
    <title>Old</title>
    <script type="module" crossorigin src="/x/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/x/assets/app.js">
    <link rel="preload" href="/x/data/strategy.json" as="fetch">
  </head>
  <body>
    <div id="root"><div class="app">boot</div></div>
  </body>
</html>`;

it('writes a page: language, title, description and tags, the body beside an empty #root', () => {
  const html = pageHtml(INDEX, {
    lang: 'en',
    title: 'A & B',
    description: 'Say "hi".',
    head: '<x-head/>',
    body: '<p>b</p>',
  });
  expect(html).toContain('<html lang="en"');
  expect(html).toContain('<title>A &amp; B</title>');
  expect(html).toContain('content="Say &quot;hi&quot;."');
  expect(html).toContain('<x-head/>\n  </head>');
  expect(html).toContain('<div id="static-page"><p>b</p></div>\n    <div id="root"></div>');
  expect(html).not.toContain('boot');
  expect(html).toContain('src="/x/assets/index.js"');
  const bare = pageHtml(INDEX, { lang: 'da', title: 't', description: 'd', head: '', body: '', app: false });
  expect(bare).not.toMatch(/<script|modulepreload|rel="preload"/);
});

it('the head carries what link previewers read, absolute when the build knows the address', () => {
  const head = headTags({
    title: 'Mykolaiv · T',
    description: 'D.',
    url: 'https://example.org/x/en/mykolaiv/',
    image: 'https://example.org/x/en/mykolaiv/preview.png',
    imageAlt: 'Mykolaiv · T',
    lang: 'en',
    alternates: {
      da: 'https://example.org/x/da/mykolaiv/',
      'x-default': 'https://example.org/x/?region=mykolaiv',
    },
    siteName: 'T',
    stylesheet: '/x/assets/static-1.css',
  });
  expect(head).toContain('<link rel="canonical" href="https://example.org/x/en/mykolaiv/" />');
  expect(head).toContain(
    '<link rel="alternate" hreflang="x-default" href="https://example.org/x/?region=mykolaiv" />',
  );
  expect(head).toContain(
    '<meta property="og:image" content="https://example.org/x/en/mykolaiv/preview.png" />',
  );
  expect(head).toContain('<meta property="og:locale" content="en_GB" />');
  expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
});

it('turns the buttons that open a region or the overview into links, and styles into rules', () => {
  const html =
    '<button type="button" class="close-button" aria-label="Close"><span>×</span></button>' +
    '<button type="button" class="link-button region-link">Ukraine&#x27;s</button>' +
    '<button type="button" class="region-list-button is-dimmed" data-region-button="arctic"><span>A</span></button>' +
    '<button type="button" class="chip" aria-pressed="false">keep</button>';
  const out = buttonsToLinks(html, {
    regionHref: (id) => id && `/en/${id}/`,
    idByName: new Map([["Ukraine's", 'ukraine']]),
    overviewHref: '/en/',
  });
  expect(out).toBe(
    '<a class="close-button" aria-label="Close" href="/en/"><span>×</span></a>' +
      '<a class="link-button region-link" href="/en/ukraine/">Ukraine&#x27;s</a>' +
      '<a class="region-list-button is-dimmed" data-region-button="arctic" href="/en/arctic/"><span>A</span></a>' +
      '<button type="button" class="chip" aria-pressed="false">keep</button>',
  );
  const rules = new Map<string, number>();
  expect(
    stylesToRules('<i style="color:red"></i><b style="color:blue"></b><u style="color:red"></u>', rules),
  ).toBe('<i data-s="0"></i><b data-s="1"></b><u data-s="0"></u>');
  expect([...rules]).toEqual([
    ['color:red', 0],
    ['color:blue', 1],
  ]);
});

it('writes a sitemap with hreflang alternates, and robots.txt that names it', () => {
  const xml = sitemap([
    { loc: 'https://e.org/da/', alternates: { da: 'https://e.org/da/', en: 'https://e.org/en/' } },
  ]);
  expect(xml).toContain('<loc>https://e.org/da/</loc>');
  expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://e.org/en/"/>');
  expect(robots('https://e.org/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\nSitemap: https://e.org/sitemap.xml\n',
  );
  expect(robots(null)).not.toContain('Sitemap');
});
