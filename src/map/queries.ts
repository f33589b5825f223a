import { queryOptions } from '@tanstack/react-query';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '../content/queries';

export const WORLD_PATH = 'geo/world.json';

/** The geometry as fetched (TopoJSON); decoded to GeoJSON by the lazily loaded map chunk. */
export const worldQuery = queryOptions({
  queryKey: ['geo', 'world'],
  queryFn: async ({ signal }) => {
    const json = await fetchJson(WORLD_PATH, signal);
    if (!isTopology(json))
      throw new Error(`${WORLD_PATH}: not a TopoJSON topology with countries and regions`);
    return json;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});

function isTopology(json: unknown): json is Topology {
  if (typeof json !== 'object' || json === null) return false;
  const t = json as Partial<Topology>;
  return t.type === 'Topology' && Array.isArray(t.arcs) && !!t.objects?.countries && !!t.objects.regions;
}

/** The absolute URL of the geometry, as MapLibre's worker fetches it (the same URL the page preloads). */
export function worldFileUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${WORLD_PATH}`, window.location.href).href;
}
