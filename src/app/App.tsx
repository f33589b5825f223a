import { lazy, Suspense, useEffect, useLayoutEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { firstSentence } from '../content/describe';
import { membershipQuery } from '../content/membership';
import { strategyQuery } from '../content/queries';
import { countByRegion, litRegions } from '../content/selectors';
import { FilterBar } from '../filters/FilterBar';
import { stringsQuery } from '../i18n/strings';
import { Panel } from '../panel/Panel';
import { pagePath } from '../state/paths';
import { setLang, setMainView, useAppStore, useLang } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { BootShell } from './BootShell';
import { removeStaticPage, syncHead } from './head';
import { LoadError } from './LoadError';
import { MapStage } from './MapStage';
import { SheetHandle, useSheet } from './Sheet';

// Secondary parts load after the first view: the table when opened, sharing and export once the
// panel is up, the notice only when a link had parts to ignore.
const OverviewTable = lazy(() => import('../filters/OverviewTable'));
const ShareBar = lazy(() => import('../share/ShareBar'));
const Notice = lazy(() => import('./Notice'));
// The embed view's link to the full app: loaded in the embed view only.
const FullMapLink = lazy(() => import('../share/FullMapLink'));

export function App() {
  useUrlSync();
  const lang = useLang();
  // On a language switch the previous strings stay up until the new ones arrive (no flash).
  const strings = useQuery({ ...stringsQuery(lang), placeholderData: (previous) => previous }).data;
  const strategy = useQuery(strategyQuery);
  const region = useAppStore((s) => s.region);
  const priorities = useAppStore((s) => s.priorities);
  const q = useAppStore((s) => s.q);
  const ignored = useAppStore((s) => s.ignored);
  const mainView = useAppStore((s) => s.mainView);
  const embed = useAppStore((s) => s.embed);
  const { height: sheetHeight, setHeight: setSheetHeight, panel } = useSheet(region);

  const counts = useMemo(
    () => (strategy.data ? countByRegion(strategy.data, { priorities, q }) : new Map()),
    [strategy.data, priorities, q],
  );
  const filtering = priorities.length > 0 || q.trim() !== '';
  const lit = useMemo(() => (filtering ? litRegions(counts) : null), [filtering, counts]);

  useEffect(() => {
    if (!strings) return;
    document.documentElement.lang = lang;
    const info = strategy.data?.regions.find((r) => r.id === region);
    syncHead(
      info ? `${info.name[lang]} · ${strings.appTitleShort}` : strings.appTitleShort,
      info ? firstSentence(info.summary[lang]) : strings.appSubtitle,
      new URL(`${import.meta.env.BASE_URL}${pagePath({ lang, region: info?.id ?? null })}`, location.href)
        .href,
    );
  }, [lang, region, strategy.data, strings]);

  // A static page stays on screen until the panel below shows the same view, definitions and all.
  const membershipPending = useQuery(membershipQuery).isPending;
  const panelReady = !!strings && (strategy.isError || (!!strategy.data && !membershipPending));
  useLayoutEffect(() => {
    if (panelReady) removeStaticPage();
  }, [panelReady]);

  // The compact layout's switch (the embed view's page has it from the start; dev serves one page).
  useEffect(() => {
    document.documentElement.toggleAttribute('data-embed', embed);
  }, [embed]);

  if (!strings) return <BootShell />;
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {strings.skipToPanel}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>{strings.appTitle}</h1>
          <p>{strings.appSubtitle}</p>
        </div>
        {embed && (
          <Suspense fallback={null}>
            <FullMapLink lang={lang} strings={strings} />
          </Suspense>
        )}
        <nav className="app-tools" aria-label={strings.views}>
          <div className="segmented" role="group" aria-label={strings.views}>
            <button type="button" aria-pressed={mainView === 'map'} onClick={() => setMainView('map')}>
              {strings.viewMap}
            </button>
            <button type="button" aria-pressed={mainView === 'table'} onClick={() => setMainView('table')}>
              {strings.viewTable}
            </button>
          </div>
          <button
            type="button"
            lang={other}
            aria-label={strings.switchLanguageLabel}
            onClick={() => setLang(other)}
          >
            {strings.switchLanguage}
          </button>
        </nav>
      </header>
      {ignored.length > 0 && (
        <Suspense fallback={null}>
          <Notice ignored={ignored} strings={strings} compact={embed} />
        </Suspense>
      )}
      <main className={`app-main view-${mainView}`}>
        <aside
          id="panel"
          ref={panel}
          className="panel"
          data-sheet={sheetHeight}
          aria-label={strings.measuresHeading}
          tabIndex={-1}
        >
          <SheetHandle height={sheetHeight} setHeight={setSheetHeight} panel={panel} strings={strings} />
          {strategy.isError ? (
            <LoadError
              message={strings.loadFailedContent}
              retryLabel={strings.retry}
              onRetry={() => void strategy.refetch()}
            />
          ) : !strategy.data ? (
            <p className="loading" role="status">
              {strings.loading}
            </p>
          ) : (
            <>
              <FilterBar strategy={strategy.data} lang={lang} strings={strings} />
              <Panel strategy={strategy.data} counts={counts} lang={lang} strings={strings} />
              <Suspense fallback={null}>
                <ShareBar strategy={strategy.data} lang={lang} strings={strings} />
              </Suspense>
            </>
          )}
        </aside>
        <div className="stage">
          {strategy.data && mainView === 'table' && (
            <Suspense fallback={<p className="loading">{strings.loading}</p>}>
              <OverviewTable strategy={strategy.data} lang={lang} strings={strings} />
            </Suspense>
          )}
          {strategy.data && (
            <div className="map-area" hidden={mainView !== 'map'}>
              <MapStage strategy={strategy.data} lang={lang} strings={strings} counts={counts} lit={lit} />
            </div>
          )}
        </div>
      </main>
      <footer className="app-footer">
        <p>
          {strings.attribution} {strategy.data?.source.note[lang]}
        </p>
      </footer>
    </div>
  );
}
