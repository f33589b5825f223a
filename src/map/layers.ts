import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { World } from './geometry';

/**
 * The map's style as typed data: sources come from the committed geometry, no tiles, no glyphs.
 * There is no background layer: the canvas is transparent where there is no land, and the sea is
 * the stage's own background (--sea in app.css), shown while the map loads too. That saves a
 * full-screen fill on every frame, which counts under software rendering.
 */

export const SOURCE = { countries: 'countries', regions: 'regions', arcticCircle: 'arctic-circle' } as const;
export const HATCH_IMAGE = 'arctic-hatch';

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
const isZone: ExpressionSpecification = ['==', ['get', 'kind'], 'zone'];

export const LAYERS = [
  // Fills draw no antialiased outline of their own: the line layers draw every edge, and an outline
  // pass per fill costs a shader and a draw (expensive under software rendering).
  {
    id: 'countries-fill',
    type: 'fill',
    source: SOURCE.countries,
    paint: { 'fill-color': COLOURS.land, 'fill-antialias': false },
  },
  {
    id: 'regions-fill',
    type: 'fill',
    source: SOURCE.regions,
    filter: ['!', isZone],
    paint: {
      'fill-color': COLOURS.region,
      'fill-antialias': false,
      'fill-opacity': ['case', selected, 0.5, hover, 0.36, dimmed, 0.02, 0.15],
    },
  },
  {
    id: 'arctic-fill',
    type: 'fill',
    source: SOURCE.regions,
    filter: isZone,
    paint: {
      'fill-pattern': HATCH_IMAGE,
      'fill-antialias': false,
      'fill-opacity': ['case', selected, 1, hover, 0.9, dimmed, 0.15, 0.6],
    },
  },
  {
    id: 'countries-line',
    type: 'line',
    source: SOURCE.countries,
    paint: { 'line-color': COLOURS.border, 'line-width': 0.6 },
  },
  {
    id: 'arctic-circle',
    type: 'line',
    source: SOURCE.arcticCircle,
    paint: { 'line-color': COLOURS.arctic, 'line-width': 1.2, 'line-dasharray': [4, 3] },
  },
  {
    id: 'regions-outline',
    type: 'line',
    source: SOURCE.regions,
    filter: ['!', isZone],
    paint: {
      'line-color': COLOURS.regionLine,
      'line-width': ['case', selected, 2.5, hover, 1.2, 0],
    },
  },
] satisfies LayerSpecification[];

/** Only these layers answer the pointer. */
export const INTERACTIVE_LAYER_IDS = ['regions-fill', 'arctic-fill'];

export function buildStyle(world: World): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE.countries]: { type: 'geojson', data: world.countries, tolerance: 0.3 },
      [SOURCE.regions]: { type: 'geojson', data: world.regions, promoteId: 'id', tolerance: 0.3 },
      [SOURCE.arcticCircle]: { type: 'geojson', data: world.arcticCircle },
    },
    layers: LAYERS,
  };
}

/** Diagonal hatching for the Arctic band, drawn in code so no image is fetched. */
export function hatchImage(size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(onLine ? [29, 92, 138, 200] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}
