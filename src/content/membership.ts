import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { REGION_IDS, type RegionId } from './ids';
import { fetchJsonUrl } from './queries';
// Fetched as JSON files, not bundled: the first view does not need them (they load with the first
// region panel) and JSON costs no parse-and-compile time as JavaScript would.
import regionsUrl from '../../geo/regions.json?url';
import countriesUrl from './countries.json?url';

const TextSchema = v.object({ da: v.string(), en: v.string() });

const RegionDefinitionSchema = v.object({
  kind: v.string(),
  members: v.array(v.string()),
  definition: TextSchema,
  reason: v.optional(TextSchema),
  partOf: v.optional(v.array(v.picklist(REGION_IDS))),
});

export type RegionDefinition = v.InferOutput<typeof RegionDefinitionSchema>;
export type RegionDefinitions = Partial<Record<RegionId, RegionDefinition>>;

/** Region definitions (geo/regions.json, the one place that defines them) and country names by id. */
export interface RegionInfo {
  regions: RegionDefinitions;
  countries: Record<string, { da: string; en: string }>;
}

/** Checks both files' shape; throws on a malformed file rather than showing half a definition. */
export function parseRegionInfo(regions: unknown, countries: unknown): RegionInfo {
  return {
    regions: v.parse(v.record(v.picklist(REGION_IDS), RegionDefinitionSchema), regions),
    countries: v.parse(v.record(v.string(), TextSchema), countries),
  };
}

/**
 * What the region panels show beyond the content: each region's definition, members, reason and the
 * regions it is also part of. Loaded once the first view is on screen, or when a region panel needs
 * it first. (The name is kept from when it held the members alone.)
 */
export const membershipQuery = queryOptions({
  queryKey: ['membership'],
  queryFn: async ({ signal }): Promise<RegionInfo> => {
    const [regions, countries] = await Promise.all([
      fetchJsonUrl(regionsUrl, signal),
      fetchJsonUrl(countriesUrl, signal),
    ]);
    return parseRegionInfo(regions, countries);
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
