import type { FeatureCollection, Geometry, MultiLineString, LineString } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
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

export interface World {
  countries: FeatureCollection<Geometry, { name: string }>;
  regions: FeatureCollection<Geometry, RegionProperties>;
  arcticCircle: FeatureCollection<LineString | MultiLineString>;
  regionInfo: Map<RegionId, RegionProperties>;
}

/** Decode the TopoJSON into the GeoJSON sources the map draws. */
export function decodeWorld(topology: Topology): World {
  const objects = topology.objects as Record<string, GeometryObject>;
  const collection = (name: string) => {
    const object = objects[name];
    if (!object) throw new Error(`geo/world.json has no "${name}" object`);
    const decoded = feature(topology, object);
    return decoded.type === 'FeatureCollection'
      ? decoded
      : { type: 'FeatureCollection' as const, features: [decoded] };
  };
  const regions = collection('regions') as FeatureCollection<Geometry, RegionProperties>;
  regions.features = regions.features.filter((f) => isOneOf(MAPPED_REGION_IDS, String(f.properties.id)));
  const regionInfo = new Map(regions.features.map((f) => [f.properties.id, f.properties]));
  return {
    countries: collection('countries') as FeatureCollection<Geometry, { name: string }>,
    regions,
    arcticCircle: collection('arcticCircle') as FeatureCollection<LineString | MultiLineString>,
    regionInfo,
  };
}
