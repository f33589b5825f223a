/**
 * zustand for the static pages' render (prerender/prerender.mjs aliases 'zustand' to this file):
 * on a server, zustand's hook reads the store's initial state; this one reads the state the page
 * set (its region and language), as the browser would.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';

export function create(createState) {
  if (!createState) return create; // create<State>()(...), as TypeScript code calls it
  const api = createStore(createState);
  const useBoundStore = (selector = (state) => state) => {
    const read = () => selector(api.getState());
    return useSyncExternalStore(api.subscribe, read, read);
  };
  return Object.assign(useBoundStore, api);
}
