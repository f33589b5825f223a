import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionId } from '../content/ids';
import type { World } from './geometry';
import { HATCH_KIND, OBJECT_PROPERTY, WHOLE_MAP, type WorldObject, worldGeoJSON } from './worldSource';

/**
 * The map's style as typed data: no tiles, no glyphs, no background layer (the sea is the stage's
 * own background, --sea in app.css, shown while the map loads too).
 *
 * Two sources: the world's shapes (land, regions, the Arctic circle; layers tell them apart by the
 * feature's OBJECT_PROPERTY), and the selected region alone, for its strong outline.
 */
export const SOURCE = {
  world: 'world',
  /** Only the selected region: its strong outline is drawn from here, not from every region's lines. */
  selection: 'selection',
} as const;

export const COLOURS = {
  land: '#f5f4f0',
  border: '#a9a79f',
  region: '#1d5c8a',
  regionLine: '#0b3350',
  arctic: '#1d5c8a',
} as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const from = (object: WorldObject): ExpressionSpecification => ['==', ['get', OBJECT_PROPERTY], object];
const isZone: ExpressionSpecification = ['==', ['get', 'kind'], 'zone'];
const isHatching: ExpressionSpecification = ['==', ['get', 'kind'], HATCH_KIND];
/** The selected region's outline. */
export const SELECTION_LAYER = 'selection-outline';

export const LAYERS = [
  {
    // Borders are the land fill's own one-pixel outline: thin, and no second copy of every border.
    id: 'countries-fill',
    type: 'fill',
    source: SOURCE.world,
    filter: from('countries'),
    paint: {
      'fill-color': COLOURS.land,
      'fill-outline-color': COLOURS.border,
    },
  },
  {
    id: 'regions-fill',
    type: 'fill',
    source: SOURCE.world,
    filter: ['all', from('regions'), ['!', ['any', isZone, isHatching]]],
    paint: {
      'fill-color': COLOURS.region,
      'fill-antialias': false,
      'fill-opacity': ['case', selected, 0.5, hover, 0.36, dimmed, 0.02, 0.15],
    },
  },
  {
    // The Arctic's shape, never drawn (MapLibre skips a fill whose opacity is 0) but there to answer
    // the pointer: its hatching (below) is what shows.
    id: 'arctic-zone',
    type: 'fill',
    source: SOURCE.world,
    filter: ['all', from('regions'), isZone],
    paint: { 'fill-opacity': 0 },
  },
  {
    id: 'arctic-hatching',
    type: 'line',
    source: SOURCE.world,
    filter: ['all', from('regions'), isHatching],
    paint: {
      'line-color': COLOURS.arctic,
      'line-width': 1,
      'line-opacity': ['case', selected, 0.9, hover, 0.75, dimmed, 0.12, 0.45],
    },
  },
  {
    id: 'arctic-circle',
    type: 'line',
    source: SOURCE.world,
    filter: from('arcticCircle'),
    paint: {
      'line-color': COLOURS.arctic,
      'line-width': 1.2,
      'line-dasharray': [4, 3],
    },
  },
  {
    id: SELECTION_LAYER,
    type: 'line',
    source: SOURCE.selection,
    paint: {
      'line-color': COLOURS.regionLine,
      'line-width': 2.5,
    },
  },
] satisfies LayerSpecification[];

/** Only these layers answer the pointer. */
export const INTERACTIVE_LAYER_IDS = ['regions-fill', 'arctic-zone'];

/**
 * Simplification in screen pixels (MapLibre's default is 0.375): the world view looks the same with
 * about 60 % fewer vertices, and zoomed in the geometry's own detail is coarser than a pixel anyway.
 */
const TOLERANCE = 1;

/** The style, its shapes decoded from the topology; the selection starts empty. */
export function buildStyle(world: World): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.world]: {
        type: 'geojson',
        data: worldGeoJSON(world.topology, WHOLE_MAP),
        // Feature state (hover, selection, dimming) finds a region by its `id` property; the
        // countries have none.
        promoteId: 'id',
        tolerance: TOLERANCE,
      },
      [SOURCE.selection]: { type: 'geojson', data: NOTHING, tolerance: TOLERANCE },
    },
    layers: LAYERS,
  };
}

/**
 * What the selection outline draws: the selected region's shape, or nothing (no selection, or the
 * Arctic, a zone: a hatched band, not a territory).
 */
export function selectionOutline(world: World, region: RegionId | null): FeatureCollection<Geometry> {
  const info = region ? world.regionInfo.get(region) : undefined;
  return info && info.kind !== 'zone' ? worldGeoJSON(world.topology, 'regions', info.id) : NOTHING;
}

const NOTHING: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };
