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

/** The geometry as fetched, and each mapped region's properties (bounds, label point, kind). */
export interface World {
  topology: Topology;
  regionInfo: Map<RegionId, RegionProperties>;
}

interface RegionGeometry {
  properties?: Partial<RegionProperties>;
}

/** The regions' properties as the build wrote them (bounds and label points need no decoding). */
export function readWorld(topology: Topology): World {
  const regions = topology.objects.regions as { geometries?: RegionGeometry[] } | undefined;
  if (!regions?.geometries) throw new Error('geo/world.json has no "regions" collection');
  const regionInfo = new Map<RegionId, RegionProperties>();
  for (const { properties } of regions.geometries) {
    const id = String(properties?.id);
    if (isOneOf(MAPPED_REGION_IDS, id)) regionInfo.set(id, properties as RegionProperties);
  }
  return { topology, regionInfo };
}
