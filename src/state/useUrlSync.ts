import { useEffect } from 'react';
import { parseUrl, serializeUrl, type UrlState } from './url';
import { applyUrlState, pickUrlState, useAppStore } from './store';
import { afterNextFrame } from '../lib/frames';
import { isEmbedPath } from './embed';

/** Read the opening link into the store. Called once before the first render. */
export function hydrateFromLocation(): void {
  const { state, ignored } = parseUrl(window.location.search);
  applyUrlState(state, ignored);
  useAppStore.setState({ embed: isEmbedPath(window.location.pathname, import.meta.env.BASE_URL) });
  replaceIfNonCanonical(state);
}

function replaceIfNonCanonical(state: UrlState): void {
  const canonical = serializeUrl(state);
  if (canonical !== window.location.search) {
    window.history.replaceState(null, '', urlWith(canonical));
  }
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
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
      const search = serializeUrl(next);
      if (search === window.location.search) return;
      if (changeKind(before, next) === 'push' && !useAppStore.getState().embed) {
        window.history.pushState(null, '', urlWith(search));
      } else {
        window.history.replaceState(null, '', urlWith(search));
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
      const { state } = parseUrl(window.location.search);
      applyUrlState(state);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelWrite();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
