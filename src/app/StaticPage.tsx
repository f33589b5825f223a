/**
 * The static pages' body, rendered at build time only (prerender/, never in the browser bundle):
 * the app's own header, filter bar and panel for one view, so that the page reads without
 * JavaScript and looks the same as the app that replaces it (src/app/head.ts).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Lang, RegionId } from '../content/ids';
import { membershipQuery, type RegionInfo } from '../content/membership';
import type { Strategy } from '../content/schema';
import { countByRegion } from '../content/selectors';
import { FilterBar } from '../filters/FilterBar';
import type { Strings } from '../i18n/strings';
import { Panel } from '../panel/Panel';
import { applyUrlState } from '../state/store';
import { DEFAULT_URL_STATE } from '../state/url';

/** Words only the static pages use: their link to the map and the page for unknown paths. */
export const PAGE_STRINGS = {
  da: {
    openMap: 'Åbn det interaktive kort',
    notFound: 'Siden findes ikke',
    notFoundText: 'Der er ingen side på denne adresse. Regionerne og deres tiltag står i oversigten.',
    overview: 'Til oversigten',
  },
  en: {
    openMap: 'Open the interactive map',
    notFound: 'Page not found',
    notFoundText: 'There is no page at this address. The regions and their measures are in the overview.',
    overview: 'Go to the overview',
  },
} as const;

export interface StaticPageProps {
  strategy: Strategy;
  info: RegionInfo;
  strings: Strings;
  lang: Lang;
  /** null: the overview; 'not-found': the page for unknown paths. */
  region: RegionId | null | 'not-found';
  links: { otherLang: string; map: string; overviews: Record<Lang, string>; preview: string | null };
}

function Body({ strategy, strings, lang, region, links }: StaticPageProps) {
  const other: Lang = lang === 'da' ? 'en' : 'da';
  const words = PAGE_STRINGS[lang];
  const counts = countByRegion(strategy, { priorities: [], q: '' });
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>{strings.appTitle}</h1>
          <p>{strings.appSubtitle}</p>
        </div>
        <nav className="app-tools" aria-label={strings.views}>
          {region !== 'not-found' && (
            <div className="segmented" role="group" aria-label={strings.views}>
              <button type="button" aria-pressed="true">
                {strings.viewMap}
              </button>
              <button type="button" aria-pressed="false">
                {strings.viewTable}
              </button>
            </div>
          )}
          <a className="static-only" href={links.map}>
            {words.openMap}
          </a>
          <a href={links.otherLang} lang={other} hrefLang={other} aria-label={strings.switchLanguageLabel}>
            {strings.switchLanguage}
          </a>
        </nav>
      </header>
      <main className="app-main view-map">
        <aside id="panel" className="panel" aria-label={strings.measuresHeading} tabIndex={-1}>
          {region === 'not-found' ? (
            <article className="overview" aria-labelledby="panel-heading">
              <h2 id="panel-heading">{words.notFound}</h2>
              {([lang, other] as const).map((l) => (
                <p key={l} lang={l}>
                  {PAGE_STRINGS[l].notFoundText} <a href={links.overviews[l]}>{PAGE_STRINGS[l].overview}</a>
                </p>
              ))}
              <p>
                <a href={links.map}>{words.openMap}</a>
              </p>
            </article>
          ) : (
            <>
              <FilterBar strategy={strategy} lang={lang} strings={strings} />
              <Panel strategy={strategy} counts={counts} lang={lang} strings={strings} />
            </>
          )}
        </aside>
        <div className="stage">
          <div className="map-area">
            {links.preview && (
              <a className="static-only static-preview" href={links.map}>
                <img src={links.preview} alt="" width={1200} height={630} loading="lazy" />
              </a>
            )}
          </div>
        </div>
      </main>
      <footer className="app-footer">
        <p>
          {strings.attribution} {strategy.source.note[lang]}
        </p>
      </footer>
    </div>
  );
}

/** The markup of one static page's body, with the store set to its view (no filter, no search). */
export function renderStaticPage(props: StaticPageProps): string {
  const region = props.region === 'not-found' ? null : props.region;
  applyUrlState({ ...DEFAULT_URL_STATE, region, lang: props.lang });
  const client = new QueryClient();
  client.setQueryData(membershipQuery.queryKey, props.info);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <Body {...props} />
    </QueryClientProvider>,
  );
}
