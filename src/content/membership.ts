import { queryOptions } from '@tanstack/react-query';
import type { RegionId } from './ids';

export type RegionMembers = Partial<Record<RegionId, readonly string[]>>;

/**
 * Which countries make up each region, read from geo/regions.json: the one place that defines it
 * (the geo build draws the regions from the same file). Loaded once the first view is on screen
 * (main.tsx), or when a region panel needs it first.
 */
export const membershipQuery = queryOptions({
  queryKey: ['membership'],
  queryFn: async (): Promise<RegionMembers> => {
    const { default: definitions } = await import('../../geo/regions.json');
    return Object.fromEntries(
      Object.entries(definitions as Record<string, { members?: string[] }>).map(([id, d]) => [
        id,
        d.members ?? [],
      ]),
    );
  },
  staleTime: Infinity,
  gcTime: Infinity,
});
