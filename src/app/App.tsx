import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { strategyQuery } from '../content/queries';
import { countByRegion, litRegions } from '../content/selectors';
import { FilterBar } from '../filters/FilterBar';
import { stringsQuery } from '../i18n/strings';
import { Panel } from '../panel/Panel';
import { setLang, setMainView, useAppStore, useLang } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { BootShell } from './BootShell';
import { LoadError } from './LoadError';
import { MapStage } from './MapStage';
import { SheetHandle, useSheet } from './Sheet';

// Secondary parts load after the first view: the table when opened, sharing and export once the
// panel is up, the notice only when a link had parts to ignore.
const OverviewTable = lazy(() => import('../filters/OverviewTable'));
const ShareBar = lazy(() => import('../share/ShareBar'));
const Notice = lazy(() => import('./Notice'));

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
    const name = strategy.data?.regions.find((r) => r.id === region)?.name[lang];
    document.title = name ? `${name} · ${strings.appTitleShort}` : strings.appTitleShort;
  }, [lang, region, strategy.data, strings]);

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
          <Notice ignored={ignored} strings={strings} />
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
