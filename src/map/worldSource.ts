import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { isOneOf, MAPPED_REGION_IDS } from '../content/ids';

/**
 * The map's shapes as GeoJSON, decoded from geo/world.json (TopoJSON) on the main thread and handed
 * to MapLibre through its public API (a source's `data`, `setData`). See docs/performance.md for why
 * there is no custom worker.
 */

/** The objects of geo/world.json the map draws. */
export const WORLD_OBJECTS = ['countries', 'regions', 'arcticCircle', 'labels'] as const;
export type WorldObject = (typeof WORLD_OBJECTS)[number];
/** Every object the map draws, in one collection: the map's one source of shapes (see layers.ts). */
export const WHOLE_MAP = 'map';
/** One object, or the whole map. */
export type WorldSet = WorldObject | typeof WHOLE_MAP;
/** The property that tells which object a feature comes from (layers filter on it). */
export const OBJECT_PROPERTY = 'object';

/**
 * The GeoJSON of one object of the topology, or of the whole map (every object, in the order of
 * WORLD_OBJECTS): every feature, or the one with `id`. Each feature names its object in
 * OBJECT_PROPERTY. Regions are only those the app maps (the build's region list may run ahead of
 * the content). Only the features asked for are decoded: the selection outline asks for one region,
 * not all of them.
 */
export function worldGeoJSON(topology: Topology, set: WorldSet, id?: string): FeatureCollection<Geometry> {
  const objects = set === WHOLE_MAP ? WORLD_OBJECTS : [set];
  return {
    type: 'FeatureCollection',
    features: objects.flatMap((object) => objectFeatures(topology, object, id)),
  };
}

function objectFeatures(topology: Topology, object: WorldObject, id?: string): Feature<Geometry>[] {
  const source = (topology.objects as Record<string, GeometryObject | undefined>)[object];
  if (!source) throw new Error(`The geometry file has no "${object}" object`);
  // The world's objects are collections of shapes, or one shape (the Arctic circle); none nests.
  const geometries = source.type === 'GeometryCollection' ? source.geometries : [source];
  const wanted = (g: GeometryObject) =>
    (object !== 'regions' || isOneOf(MAPPED_REGION_IDS, String(g.id))) &&
    (object !== 'labels' || !UNNAMED.has(String(g.id))) &&
    (id === undefined || String(g.id) === id);
  const features = geometries.filter(wanted).map((g) => feature(topology, g) as Feature<Geometry>);
  // A zone (the Arctic) is drawn as hatching, not as a fill: its lines travel with its shape, under
  // the same id, so they answer the same hover, selection and dimming.
  const hatching = id === undefined ? features.flatMap(zoneHatching) : [];
  return [...features, ...hatching].map((f) => ({
    ...f,
    properties: { ...f.properties, [OBJECT_PROPERTY]: object },
  }));
}

/**
 * Units of the geometry the map does not name: Northern Cyprus and Somaliland, which Denmark does not
 * recognise (their ground is Cyprus's and Somalia's), and the Siachen Glacier, a disputed glacier, not
 * a country. Kosovo, which Denmark recognises, keeps its name.
 */
export const UNNAMED: ReadonlySet<string> = new Set(['XNC', 'XSL', 'XSG']);

/** The property that marks a zone's hatching among the regions. */
export const HATCH_KIND = 'hatch';
/** Degrees of longitude between two hatch lines: about 12 pixels at world view. 360 is a multiple, so the lines meet across the antimeridian. */
export const HATCH_SPACING = 5;
/** Where Web Mercator, and the map, ends in the north. */
const MERCATOR_MAX_LATITUDE = 85.0511287798066;

const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
const latitudeAtMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * Hatching for the band from `south` to `north`: straight lines rising to the east at 45° on the map
 * (in Web Mercator), one every HATCH_SPACING degrees of longitude, cut at the antimeridian. As
 * geometry, the hatching stays crisp at every zoom and answers hover and dimming like the zone.
 */
export function hatchLines(south: number, north: number): Position[][] {
  const y0 = mercatorY(south);
  const y1 = mercatorY(Math.min(north, MERCATOR_MAX_LATITUDE));
  // The longitude a line covers while it crosses the band: as much as the band is tall, in degrees.
  const run = ((y1 - y0) * 180) / Math.PI;
  if (!(run > 0)) return [];
  const at = (start: number, t: number): Position => [
    start + t * run,
    latitudeAtMercatorY(y0 + t * (y1 - y0)),
  ];
  const lines: Position[][] = [];
  const first = -180 - Math.ceil(run / HATCH_SPACING) * HATCH_SPACING;
  for (let start = first; start < 180; start += HATCH_SPACING) {
    const from = Math.max(0, (-180 - start) / run);
    const to = Math.min(1, (180 - start) / run);
    if (to > from) lines.push([at(start, from), at(start, to)]);
  }
  return lines;
}

function zoneHatching(region: Feature<Geometry>): Feature<Geometry>[] {
  const properties = region.properties ?? {};
  const bounds = properties.bounds as unknown;
  if (properties.kind !== 'zone' || !Array.isArray(bounds) || bounds.length !== 4) return [];
  const [, south, , north] = bounds as number[];
  return [
    {
      type: 'Feature',
      properties: { id: properties.id as unknown, kind: HATCH_KIND },
      geometry: { type: 'MultiLineString', coordinates: hatchLines(Number(south), Number(north)) },
    },
  ];
}
