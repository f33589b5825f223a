import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { isOneOf, MAPPED_REGION_IDS } from '../content/ids';

/**
 * MapLibre's worker loads the map's shapes itself, through a protocol of ours (registered in
 * map.worker.ts): a source's data is a `world://` URL naming an object of geo/world.json, and the
 * worker fetches the file (from the HTTP cache: the page fetched it at start), decodes the object
 * from TopoJSON and hands the GeoJSON straight to its tiler. The main thread neither decodes the
 * shapes nor copies them to the worker, which made two of its longest tasks while the map loaded.
 */
export const WORLD_SCHEME = 'world';

/** The objects of geo/world.json the map draws. */
export const WORLD_OBJECTS = ['countries', 'regions', 'arcticCircle'] as const;
export type WorldObject = (typeof WORLD_OBJECTS)[number];

export interface WorldRequest {
  /** The absolute URL of the TopoJSON file. */
  file: string;
  object: WorldObject;
  /** One feature of the object (a region's id), or all of them. */
  id?: string;
}

/** `world://regions/baltics?file=...`: the URL a source's data names. */
export function worldSourceUrl({ file, object, id }: WorldRequest): string {
  const path = id === undefined ? '' : `/${encodeURIComponent(id)}`;
  return `${WORLD_SCHEME}://${object}${path}?file=${encodeURIComponent(file)}`;
}

/** The request a `world://` URL stands for, or null when it is not one. */
export function parseWorldSourceUrl(url: string): WorldRequest | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const object = parsed.host;
  const file = parsed.searchParams.get('file');
  if (parsed.protocol !== `${WORLD_SCHEME}:` || !isOneOf(WORLD_OBJECTS, object) || !file) return null;
  const id = parsed.pathname.length > 1 ? decodeURIComponent(parsed.pathname.slice(1)) : undefined;
  return id === undefined ? { file, object } : { file, object, id };
}

/**
 * The GeoJSON of one object of the topology: every feature, or the one with `id`. Regions are only
 * those the app maps (the build's region list may run ahead of the content). Only the features
 * asked for are decoded: the selection outline asks for one region, not all of them.
 */
export function worldGeoJSON(
  topology: Topology,
  object: WorldObject,
  id?: string,
): FeatureCollection<Geometry> {
  const source = (topology.objects as Record<string, GeometryObject | undefined>)[object];
  if (!source) throw new Error(`The geometry file has no "${object}" object`);
  // The world's objects are collections of shapes, or one shape (the Arctic circle); none nests.
  const geometries = source.type === 'GeometryCollection' ? source.geometries : [source];
  const wanted = (g: GeometryObject) =>
    (object !== 'regions' || isOneOf(MAPPED_REGION_IDS, String(g.id))) &&
    (id === undefined || String(g.id) === id);
  return {
    type: 'FeatureCollection',
    features: geometries.filter(wanted).map((g) => feature(topology, g) as Feature<Geometry>),
  };
}
