import definitions from '../../geo/regions.json';
import type { RegionId } from './ids';

/**
 * Which countries make up each region, read from geo/regions.json: the one place that defines it
 * (the geo build draws the regions from the same file).
 */
export const REGION_MEMBERS: Partial<Record<RegionId, readonly string[]>> = Object.fromEntries(
  Object.entries(definitions as Record<string, { members?: string[] }>).map(([id, d]) => [id, d.members ?? []]),
);
