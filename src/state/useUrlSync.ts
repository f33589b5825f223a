import { useEffect } from 'react';
import { parseUrl, serializeUrl, type UrlState } from './url';
import { applyUrlState, pickUrlState, useAppStore } from './store';
import { afterNextFrame } from '../lib/frames';
import { isEmbedPath } from './embed';
import { pageLocation, parsePagePath } from './paths';

const BASE = import.meta.env.BASE_URL;

/** A location's state: region and language from a static page's path (they win), the rest from the query. */
export function readLocation(pathname: string, search: string, base = BASE) {
  const { state, ignored } = parseUrl(search);
  const page = parsePagePath(pathname, base);
  return { state: page ? { ...state, ...page } : state, ignored };
}

/**
 * The URL (path and query) for a state. On a static page's path the reader stays on those paths
 * (`/en/mykolaiv/?priority=defence`); anywhere else the state is the query on the same path.
 */
export function locationFor(state: UrlState, pathname: string, base = BASE): string {
  if (state.lang && parsePagePath(pathname, base)) {
    return `${base}${pageLocation(state, state.lang)}`;
  }
  return `${pathname}${serializeUrl(state)}`;
}

/** Read the opening link into the store. Called once before the first render. */
export function hydrateFromLocation(): void {
  const { pathname, search } = window.location;
  const { state, ignored } = readLocation(pathname, search);
  applyUrlState(state, ignored);
  useAppStore.setState({ embed: isEmbedPath(pathname, BASE) });
  // A valid link not in the canonical form is rewritten to it, without a new entry.
  const canonical = locationFor(state, pathname);
  if (canonical !== pathname + search)
    window.history.replaceState(null, '', canonical + window.location.hash);
}

/** Which changes get their own history entry: selections, filters and language; not map moves or typing. */
export function changeKind(prev: UrlState, next: UrlState): 'push' | 'replace' {
  const selectionChanged =
    prev.region !== next.region ||
    prev.lang !== next.lang ||
    prev.priorities.join() !== next.priorities.join() ||
    (prev.q === '') !== (next.q === '');
  return selectionChanged ? 'push' : 'replace';
}

/**
 * The one hook that keeps the store and the URL in step: store changes write the URL (push for
 * selections, replace for map moves and search typing), Back/Forward write the store. The embed
 * view only replaces: an entry pushed in a frame would be one of the host page's Back steps.
 *
 * The URL is written once the next frame is out: history.pushState costs milliseconds that the
 * frame answering a click should not wait for. Changes within one frame make one entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let unwrittenSince: UrlState | null = null;
    let cancelWrite = () => {};
    const write = () => {
      const before = unwrittenSince;
      unwrittenSince = null;
      if (!before) return;
      const next = pickUrlState(useAppStore.getState());
      const { pathname, search, hash } = window.location;
      const url = locationFor(next, pathname);
      if (url === pathname + search) return;
      if (changeKind(before, next) === 'push' && !useAppStore.getState().embed) {
        window.history.pushState(null, '', url + hash);
      } else {
        window.history.replaceState(null, '', url + hash);
      }
    };
    const unsubscribe = useAppStore.subscribe((_state, prevState) => {
      if (unwrittenSince) return;
      unwrittenSince = pickUrlState(prevState);
      cancelWrite = afterNextFrame(write);
    });
    const onPopState = () => {
      cancelWrite();
      unwrittenSince = null;
      applyUrlState(readLocation(window.location.pathname, window.location.search).state);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelWrite();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
