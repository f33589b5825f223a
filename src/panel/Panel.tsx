import { lazy, Suspense, useEffect, useRef } from 'react';
import type { Lang, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { selectRegion, useAppStore } from '../state/store';
import { Overview } from './Overview';

import RegionPanel from './RegionPanel';

// Search results load when the reader first searches. (The region panel is not lazy: a lazy
// component suspends on its first render, and React holds a suspended reveal back ~300 ms.)
const SearchResults = lazy(() => import('./SearchResults'));

interface PanelProps {
  strategy: Strategy;
  counts: ReadonlyMap<RegionId, number>;
  lang: Lang;
  strings: Strings;
}

/** The side panel: a selected region, else search results, else the overview. Esc closes a region. */
export function Panel({ strategy, counts, lang, strings }: PanelProps) {
  const region = useAppStore((s) => s.region);
  const priorities = useAppStore((s) => s.priorities);
  const q = useAppStore((s) => s.q);
  const opener = useRef<Element | null>(null);
  const previousRegion = useRef<RegionId | null>(region);

  // Remember what had focus when a region opened; give focus back there (or to its list entry) on close.
  useEffect(() => {
    const before = previousRegion.current;
    previousRegion.current = region;
    if (region !== null || before === null) return;
    const listEntry = document.querySelector<HTMLElement>(`[data-region-button="${before}"]`);
    const target =
      opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : listEntry;
    (target ?? document.getElementById('panel-heading'))?.focus();
  }, [region]);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      if (useAppStore.getState().region === null && e.target instanceof Element) opener.current = e.target;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || useAppStore.getState().region === null) return;
      if (e.target instanceof HTMLInputElement && e.target.value !== '') return;
      selectRegion(null);
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  if (region !== null) {
    return (
      <RegionPanel
        strategy={strategy}
        region={region}
        priorities={priorities}
        q={q}
        lang={lang}
        strings={strings}
      />
    );
  }
  if (q.trim() !== '') {
    return (
      <Suspense fallback={<p className="loading">{strings.loading}</p>}>
        <SearchResults strategy={strategy} priorities={priorities} q={q} lang={lang} strings={strings} />
      </Suspense>
    );
  }
  return (
    <Overview
      strategy={strategy}
      counts={counts}
      priorities={priorities}
      q={q}
      lang={lang}
      strings={strings}
    />
  );
}
