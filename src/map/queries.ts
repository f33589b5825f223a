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

/**
 * The map's chunk (MapLibre and StrategyMap, ~290 KB gzip), loaded from the start in parallel with
 * the content. A query rather than React.lazy, so Retry after a failed load loads it again (lazy
 * keeps the rejection).
 */
export const mapChunkQuery = queryOptions({
  queryKey: ['map-chunk'],
  queryFn: () => import('./StrategyMap'),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
