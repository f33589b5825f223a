/**
 * The static pages' paths (docs/url-contract.md): `<base>{lang}/` (the overview) and
 * `<base>{lang}/{region}/`. The build writes one page per path; the app reads region and language
 * from such a path, and the rest of its state from the query.
 */
import type { Lang, RegionId } from '../content/ids';
import { LANGS, REGION_IDS, isOneOf } from '../content/ids';
import { serializeUrl, type UrlState } from './url';

export interface PagePath {
  lang: Lang;
  region: RegionId | null;
}

/** The page's path under the base, without it: `en/`, `en/mykolaiv/`. */
export function pagePath({ lang, region }: PagePath): string {
  return region ? `${lang}/${region}/` : `${lang}/`;
}

/** A state as its static page under the base, the rest of the state as its query: `en/mykolaiv/?priority=defence`. */
export function pageLocation(state: UrlState, lang: Lang): string {
  return `${pagePath({ lang, region: state.region })}${serializeUrl({ ...state, region: null, lang: null })}`;
}

/** A static page's path (the trailing slash optional), else null: any other path is not one. */
export function parsePagePath(pathname: string, base: string): PagePath | null {
  if (!pathname.startsWith(base)) return null;
  const [lang, region = null, ...rest] = pathname.slice(base.length).split('/').filter(Boolean);
  if (lang === undefined || !isOneOf(LANGS, lang) || rest.length > 0) return null;
  if (region !== null && !isOneOf(REGION_IDS, region)) return null;
  return { lang, region };
}
