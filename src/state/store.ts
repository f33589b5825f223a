import { create } from 'zustand';
import type { Lang, PriorityId, RegionId } from '../content/ids';
import { PRIORITY_IDS } from '../content/ids';
import type { IgnoredPart, UrlState, View } from './url';
import { DEFAULT_URL_STATE } from './url';

/**
 * The app's client state: what the reader has chosen. Content and geometry are server state and
 * live in React Query, never here. The URL mirrors the `UrlState` part (see useUrlSync).
 */
export interface AppState extends UrlState {
  /** Parts of the opening link that were ignored, shown once as a notice. */
  ignored: IgnoredPart[];
  /** Regions that were under the pointer with the picked one (map clicks only). */
  pointerOverlaps: { region: RegionId; others: RegionId[] } | null;
  /** Main area: the map or the region x priority table. Not part of the URL contract. */
  mainView: 'map' | 'table';
  /** The embed view (framed in another site's page): compact, and it never adds history entries. */
  embed: boolean;
}

export const INITIAL_STATE: AppState = {
  ...DEFAULT_URL_STATE,
  ignored: [],
  pointerOverlaps: null,
  mainView: 'map',
  embed: false,
};

export const useAppStore = create<AppState>()(() => INITIAL_STATE);

// Actions are plain functions over the store: components import what they call.

/** Select (or with null, deselect) a region. A new selection drops the stored view so the map fits it. */
export function selectRegion(region: RegionId | null, pointerOthers: RegionId[] = []): void {
  useAppStore.setState((s) => ({
    region,
    view: region === null ? s.view : null,
    pointerOverlaps: region !== null && pointerOthers.length > 0 ? { region, others: pointerOthers } : null,
  }));
}

export function togglePriority(id: PriorityId): void {
  useAppStore.setState((s) => {
    const next = s.priorities.includes(id) ? s.priorities.filter((p) => p !== id) : [...s.priorities, id];
    return { priorities: PRIORITY_IDS.filter((p) => next.includes(p)) };
  });
}

export function setPriorities(priorities: PriorityId[]): void {
  useAppStore.setState({ priorities: PRIORITY_IDS.filter((p) => priorities.includes(p)) });
}

export function setQuery(q: string): void {
  useAppStore.setState({ q });
}

export function setLang(lang: Lang): void {
  useAppStore.setState({ lang });
}

export function setView(view: View): void {
  useAppStore.setState({ view });
}

export function setMainView(mainView: AppState['mainView']): void {
  useAppStore.setState({ mainView });
}

export function dismissIgnored(): void {
  useAppStore.setState({ ignored: [] });
}

/** Replace the URL part of the state (opening a link, Back/Forward). */
export function applyUrlState(state: UrlState, ignored: IgnoredPart[] = []): void {
  useAppStore.setState((s) => ({
    ...state,
    ignored,
    pointerOverlaps: s.pointerOverlaps?.region === state.region ? s.pointerOverlaps : null,
  }));
}

export function pickUrlState(s: AppState): UrlState {
  return { region: s.region, priorities: s.priorities, q: s.q, lang: s.lang, view: s.view };
}

/** The language to show: the link's, else the browser's (Danish if it is Danish, else English). */
export function browserLang(): Lang {
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const first = (langs[0] ?? '').toLowerCase();
  return first === 'da' || first.startsWith('da-') ? 'da' : 'en';
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang) ?? browserLang();
}

/** Open a region filtered by one priority (the overview table's links): one history entry. */
export function openRegionWithPriority(region: RegionId, priority: PriorityId): void {
  useAppStore.setState({
    region,
    priorities: [priority],
    view: null,
    pointerOverlaps: null,
    mainView: 'map',
  });
}
