import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionId } from '../content/ids';
import type { World } from './geometry';
import { HATCH_KIND, OBJECT_PROPERTY, WHOLE_MAP, type WorldObject, worldSourceUrl } from './worldSource';

/**
 * The map's style as typed data: sources come from the committed geometry, no tiles, no glyphs.
 * There is no background layer: the canvas is transparent where there is no land, and the sea is
 * the stage's own background (--sea in app.css), shown while the map loads too. That saves a
 * full-screen fill on every frame, which counts under software rendering.
 */

/**
 * Two sources. All the world's shapes (land, regions, the Arctic circle) are one: MapLibre draws a
 * frame whenever a source's tile arrives, and under software rendering every frame is a long wait
 * of the main thread on the GPU process. With one source the map reaches its final look in one
 * frame instead of three or four, its tile draws in fewer calls, and the four programs are linked
 * in that same frame. Layers tell the objects apart by the feature's OBJECT_PROPERTY.
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
/**
 * Fully opaque, but per feature (a feature's own `opacity`, which none has). Every fill then draws
 * with one program, and every line with another, because a program is defined by which paint
 * properties vary per feature: the regions' and the hatching's opacity do (hover, selection,
 * dimming), so the others' must too. A constant would need a program of its own, one more to link
 * while the map loads (a long task under software rendering).
 */
const OPAQUE_PER_FEATURE: ExpressionSpecification = ['number', ['get', 'opacity'], 1];
/** A dash pattern without gaps: solid, drawn with the dashed Arctic circle's program. */
const SOLID: [number, number] = [1, 0];

/** The selected region's outline. */
export const SELECTION_LAYER = 'selection-outline';

/**
 * Four programs draw the map: the tiles' stencil clipping, one fill (land, regions), the land's
 * outline (the borders) and one line (the Arctic's hatching and circle, the selection outline). The
 * Arctic's hatching is lines rather than a pattern fill, which would be a fifth program. The sea is
 * the stage behind the canvas.
 */
export const LAYERS = [
  {
    // Borders are the land fill's own one-pixel outline, drawn from the fill's vertices: a line layer
    // would cut every border into a strip of triangles (2.5 times the vertices of all the fills),
    // and under software rendering every frame would take some 10 ms longer.
    id: 'countries-fill',
    type: 'fill',
    source: SOURCE.world,
    filter: from('countries'),
    paint: {
      'fill-color': COLOURS.land,
      'fill-outline-color': COLOURS.border,
      'fill-opacity': OPAQUE_PER_FEATURE,
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
      'line-dasharray': SOLID,
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
      'line-opacity': OPAQUE_PER_FEATURE,
    },
  },
  {
    id: SELECTION_LAYER,
    type: 'line',
    source: SOURCE.selection,
    // Shown only while a region with an outline is selected (StrategyMap). A layer with nothing to
    // draw still stencils its source's tiles: while the map loaded, the empty selection's tiles
    // linked the clipping program in a frame of their own, before the world's shapes arrived.
    layout: { visibility: 'none' },
    paint: {
      'line-color': COLOURS.regionLine,
      'line-width': 2.5,
      'line-dasharray': SOLID,
      'line-opacity': OPAQUE_PER_FEATURE,
    },
  },
] satisfies LayerSpecification[];

/** Only these layers answer the pointer. */
export const INTERACTIVE_LAYER_IDS = ['regions-fill', 'arctic-zone'];

/**
 * Simplification in screen pixels (MapLibre's default is 0.375). At one pixel the world view keeps
 * the same look with about 60 % fewer vertices to cut into tiles, upload and draw on every frame;
 * zoomed in, the geometry's own 5 km detail is coarser than a pixel anyway.
 */
const TOLERANCE = 1;

/** Every shape is a `world://` URL the worker loads itself (see worldSource.ts); the selection starts empty. */
export function buildStyle(world: World): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.world]: {
        type: 'geojson',
        data: worldSourceUrl({ file: world.file, object: WHOLE_MAP }),
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
 * What the selection outline draws: the selected region's shape (a `world://` URL), or null for no
 * outline (no selection, or the Arctic, a zone: a hatched band, not a territory).
 */
export function selectionOutline(world: World, region: RegionId | null): string | null {
  const info = region ? world.regionInfo.get(region) : undefined;
  return info && info.kind !== 'zone'
    ? worldSourceUrl({ file: world.file, object: 'regions', id: info.id })
    : null;
}

const NOTHING: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };
