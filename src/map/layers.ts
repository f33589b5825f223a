import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FormattedSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Lang, RegionId } from '../content/ids';
import type { World } from './geometry';
import { HATCH_KIND, OBJECT_PROPERTY, WHOLE_MAP, type WorldObject, worldGeoJSON } from './worldSource';

/**
 * The map's style as typed data: no tiles, no glyphs, no background layer (the sea is the stage's
 * own background, --sea in app.css, shown while the map loads too).
 *
 * Three sources: the world's shapes and name points (land, regions, the Arctic circle, the names of
 * countries and seas; layers tell them apart by the feature's OBJECT_PROPERTY), the selected region
 * (and its parent) alone, for their outlines, and the regions' label points with their counts.
 */
export const SOURCE = {
  world: 'world',
  /** Only the selected region and its parent: their outlines are drawn from here, not from every region's lines. */
  selection: 'selection',
  /** One point per mapped region (regionLabels.ts): its name, count, and whether it is selected or dimmed. */
  regionLabels: 'region-labels',
} as const;

export const COLOURS = {
  land: '#f5f4f0',
  border: '#a9a79f',
  region: '#1d5c8a',
  regionLine: '#0b3350',
  arctic: '#1d5c8a',
  countryName: '#5b6670',
  seaName: '#4d7390',
  regionName: '#0b3350',
  count: '#0b5a8f',
  halo: '#ffffff',
  sea: '#d9e4ec',
} as const;

/**
 * The app's system font stack (app.css). The style has no `glyphs`: MapLibre draws the text with the
 * reader's own fonts (TinySDF on a canvas), so no glyph server is asked. It reads the weight and
 * style from the first name of a stack, so the italic and bold stacks start with a name saying so
 * (not a real family: the browser skips it and uses the next).
 */
export const FONT = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'Liberation Sans', 'Arial'];
const FONT_ITALIC = ['Italic', ...FONT];
const FONT_BOLD = ['Semibold', ...FONT];

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const from = (object: WorldObject): ExpressionSpecification => ['==', ['get', OBJECT_PROPERTY], object];
const isZone: ExpressionSpecification = ['==', ['get', 'kind'], 'zone'];
const isHatching: ExpressionSpecification = ['==', ['get', 'kind'], HATCH_KIND];
/** The selected region's outline. */
export const SELECTION_LAYER = 'selection-outline';
/** The outline of the region the selected one lies in (Ukraine round Mykolaiv). */
export const PARENT_LAYER = 'parent-outline';
/** Name layers: MapLibre's collision places them top first, so region labels win over country names. */
export const NAME_LAYERS = {
  regions: 'region-labels',
  countries: 'country-names',
  seas: 'sea-names',
} as const;
/** Names that would show cut at the map's or the panel's edge are hidden (edgeLabels.ts). */
const cut: ExpressionSpecification = ['boolean', ['feature-state', 'cut'], false];
const role = (r: OutlineRole): ExpressionSpecification => ['==', ['get', 'role'], r];
const isSea: ExpressionSpecification = ['==', ['get', 'kind'], 'sea'];
/**
 * A name shows from its `minzoom` (the build's: the zoom from which it fits its country). A filter
 * sees the tile's whole zoom, so a name shows from the first whole zoom at or above it.
 */
const fits: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

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
    id: PARENT_LAYER,
    type: 'line',
    source: SOURCE.selection,
    filter: role('parent'),
    paint: {
      'line-color': COLOURS.regionLine,
      'line-width': 1.5,
      'line-opacity': 0.55,
      'line-dasharray': [3, 2],
    },
  },
  {
    id: SELECTION_LAYER,
    type: 'line',
    source: SOURCE.selection,
    filter: role('selected'),
    paint: {
      'line-color': COLOURS.regionLine,
      'line-width': 2.5,
    },
  },
  {
    id: NAME_LAYERS.seas,
    type: 'symbol',
    source: SOURCE.world,
    filter: ['all', from('labels'), isSea, fits],
    layout: {
      'text-field': nameField('da'),
      'text-font': FONT_ITALIC,
      'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11, 5, 14],
      'text-letter-spacing': 0.08,
      'text-max-width': 6,
      'text-padding': 4,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': COLOURS.seaName,
      'text-opacity': ['case', cut, 0, 1],
      'text-halo-color': COLOURS.sea,
      'text-halo-width': 1.2,
    },
  },
  {
    id: NAME_LAYERS.countries,
    type: 'symbol',
    source: SOURCE.world,
    filter: ['all', from('labels'), ['!', isSea], fits],
    layout: {
      'text-field': nameField('da'),
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10.5, 5, 13.5],
      'text-max-width': 7,
      'text-padding': 3,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': COLOURS.countryName,
      'text-opacity': ['case', cut, 0, 1],
      'text-halo-color': COLOURS.halo,
      'text-halo-width': 1.4,
    },
  },
  {
    // Canvas text, not buttons: keyboard and screen-reader users reach every region through the panel's list.
    id: NAME_LAYERS.regions,
    type: 'symbol',
    source: SOURCE.regionLabels,
    layout: {
      'text-field': regionLabelField('da'),
      'text-font': FONT_BOLD,
      'text-size': ['case', ['get', 'selected'], 14.5, 12.5],
      'text-max-width': 9,
      'text-padding': 4,
      'symbol-sort-key': ['get', 'order'],
    },
    paint: {
      'text-color': ['case', ['get', 'dimmed'], '#7b8691', COLOURS.regionName],
      'text-opacity': ['case', cut, 0, 1],
      'text-halo-color': COLOURS.halo,
      'text-halo-width': ['case', ['get', 'selected'], 2.2, 1.6],
    },
  },
] satisfies LayerSpecification[];

/** A country's or sea's name in the reader's language (set again with setLayoutProperty on a switch). */
export function nameField(lang: Lang): ExpressionSpecification {
  return ['get', `name_${lang}`];
}

/** A region's name and, a little apart and in the accent colour, its number of measures. */
export function regionLabelField(lang: Lang): DataDrivenPropertyValueSpecification<FormattedSpecification> {
  return [
    'format',
    ['get', `name_${lang}`],
    {},
    '\u2002',
    {},
    ['to-string', ['get', 'count']],
    { 'text-color': ['case', ['get', 'dimmed'], '#7b8691', COLOURS.count] },
  ];
}

/** The layers whose text follows the reader's language, with the text for it. */
export function nameFields(lang: Lang) {
  return [
    [NAME_LAYERS.seas, nameField(lang)],
    [NAME_LAYERS.countries, nameField(lang)],
    [NAME_LAYERS.regions, regionLabelField(lang)],
  ] as const;
}

/** Only these layers answer the pointer. */
export const INTERACTIVE_LAYER_IDS = ['regions-fill', 'arctic-zone'];

/**
 * Simplification in screen pixels (MapLibre's default is 0.375): the world view looks the same with
 * about 60 % fewer vertices, and zoomed in the geometry's own detail is coarser than a pixel anyway.
 */
const TOLERANCE = 1;

/** The style, its shapes decoded from the topology, its names in `lang`; the selection and region labels start empty. */
export function buildStyle(world: World, lang: Lang = 'da'): StyleSpecification {
  const texts = new Map<string, unknown>(nameFields(lang));
  const layers = LAYERS.map((l) =>
    l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': texts.get(l.id) } } : l,
  ) as LayerSpecification[];
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
      [SOURCE.regionLabels]: { type: 'geojson', data: NOTHING, promoteId: 'id' },
    },
    layers,
  };
}

export type OutlineRole = 'selected' | 'parent';

/**
 * What the outlines draw: the selected region's shape and, lighter, the shape of the region it lies
 * in (its `parent` in the content), each marked with its `role`. Nothing for no selection, and none
 * for a zone (the Arctic: a hatched band, not a territory).
 */
export function selectionOutline(
  world: World,
  region: RegionId | null,
  parent: RegionId | null = null,
): FeatureCollection<Geometry> {
  const shape = (id: RegionId | null, r: OutlineRole) => {
    const info = id ? world.regionInfo.get(id) : undefined;
    if (!info || info.kind === 'zone') return [];
    return worldGeoJSON(world.topology, 'regions', info.id).features.map((f) => ({
      ...f,
      properties: { ...f.properties, role: r },
    }));
  };
  const selected = shape(region, 'selected');
  if (selected.length === 0) return NOTHING;
  return { type: 'FeatureCollection', features: [...shape(parent, 'parent'), ...selected] };
}

const NOTHING: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };
