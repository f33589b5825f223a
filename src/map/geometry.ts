import type { Topology } from 'topojson-specification';
import type { RegionId } from '../content/ids';
import { isOneOf, MAPPED_REGION_IDS } from '../content/ids';

export interface RegionProperties {
  id: RegionId;
  kind: string;
  /** km² */
  area: number;
  /** [west, south, east, north]; east may exceed 180 across the antimeridian. */
  bounds: [number, number, number, number];
  label: [number, number];
}

/**
 * What the main thread knows of the geometry: where the file is, and each mapped region's
 * properties (bounds, label point, kind). The shapes themselves are decoded by MapLibre's worker
 * (see worldSource.ts), so the main thread never walks them.
 */
export interface World {
  /** The absolute URL of geo/world.json, which the worker loads the shapes from. */
  file: string;
  regionInfo: Map<RegionId, RegionProperties>;
}

interface RegionGeometry {
  properties?: Partial<RegionProperties>;
}

/** The regions' properties as the build wrote them, without decoding a single shape. */
export function readWorld(topology: Topology, file: string): World {
  const regions = topology.objects.regions as { geometries?: RegionGeometry[] } | undefined;
  if (!regions?.geometries) throw new Error('geo/world.json has no "regions" collection');
  const regionInfo = new Map<RegionId, RegionProperties>();
  for (const { properties } of regions.geometries) {
    const id = String(properties?.id);
    if (isOneOf(MAPPED_REGION_IDS, id)) regionInfo.set(id, properties as RegionProperties);
  }
  return { file, regionInfo };
}
