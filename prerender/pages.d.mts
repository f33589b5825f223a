export declare const LOCALES: Record<'da' | 'en', string>;
export declare function escapeHtml(text: string): string;
export declare function headTags(page: {
  title: string;
  description: string;
  url: string;
  image: string;
  imageAlt: string;
  lang: 'da' | 'en';
  alternates: Record<string, string>;
  siteName: string;
  stylesheet: string;
}): string;
export declare function pageHtml(
  indexHtml: string,
  page: { lang: string; title: string; description: string; head: string; body: string; app?: boolean },
): string;
export declare function buttonsToLinks(
  html: string,
  links: {
    regionHref: (id: string | undefined) => string | null | undefined;
    idByName: Map<string, string>;
    overviewHref: string;
  },
): string;
export declare function stylesToRules(html: string, rules: Map<string, number>): string;
export declare function sitemap(entries: { loc: string; alternates: Record<string, string> }[]): string;
export declare function robots(sitemapUrl: string | null): string;
