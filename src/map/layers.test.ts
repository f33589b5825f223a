import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import { readWorld } from './geometry';
import {
  buildStyle,
  INTERACTIVE_LAYER_IDS,
  LAYERS,
  NAME_LAYERS,
  nameFields,
  PARENT_LAYER,
  SELECTION_LAYER,
  selectionOutline,
  SOURCE,
} from './layers';
import {
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { OBJECT_PROPERTY, WHOLE_MAP, worldGeoJSON } from './worldSource';

const topology = JSON.parse(readFileSync(resolve('public/geo/world.json'), 'utf8')) as Topology;
const world = readWorld(topology);

describe('map style', () => {
  it('draws no background: the sea is the stage behind the transparent canvas', () => {
    expect(LAYERS.map((l): string => l.type)).not.toContain('background');
    const css = readFileSync(resolve('src/app/app.css'), 'utf8');
    expect(css).toMatch(/\.map-area\s*\{[^}]*background:\s*var\(--sea\)/);
  });

  it('only layers that exist answer the pointer', () => {
    const ids = new Set(LAYERS.map((l) => l.id));
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids.has(id)).toBe(true);
  });

  it('outlines the selected region and, lighter, its parent; nothing for no selection or the Arctic zone', () => {
    const baltics = selectionOutline(world, 'baltics').features;
    expect(baltics.map((f): unknown => f.properties?.id)).toEqual(['baltics']);
    const mykolaiv = selectionOutline(world, 'mykolaiv', 'ukraine').features;
    expect(mykolaiv.map((f): unknown => [f.properties?.id, f.properties?.role])).toEqual([
      ['ukraine', 'parent'],
      ['mykolaiv', 'selected'],
    ]);
    expect(selectionOutline(world, null).features).toEqual([]);
    expect(selectionOutline(world, null, 'ukraine').features).toEqual([]);
    expect(world.regionInfo.get('arctic')?.kind).toBe('zone');
    expect(selectionOutline(world, 'arctic').features).toEqual([]);
    // A zone as parent draws no outline: the selected region alone.
    expect(
      selectionOutline(world, 'greenland', 'arctic').features.map((f): unknown => f.properties?.id),
    ).toEqual(['greenland']);
    // No line layer draws every region: the outlines come from the selection source alone, by role.
    const roleOf = (id: string) => {
      const layer = LAYERS.find((l) => l.id === id);
      const filter = featureFilter(
        layer && 'filter' in layer ? layer.filter : undefined,
        `layers.${id}.filter`,
      );
      return mykolaiv.filter((f) => filter.filter({ zoom: 3 }, { type: 3, properties: f.properties ?? {} }));
    };
    expect(LAYERS.filter((l) => l.source === SOURCE.selection).map((l) => l.id)).toEqual([
      PARENT_LAYER,
      SELECTION_LAYER,
    ]);
    expect(roleOf(SELECTION_LAYER).map((f): unknown => f.properties?.id)).toEqual(['mykolaiv']);
    expect(roleOf(PARENT_LAYER).map((f): unknown => f.properties?.id)).toEqual(['ukraine']);
    expect(buildStyle(world).sources[SOURCE.selection]).toMatchObject({ type: 'geojson' });
  });

  it('is a valid style without glyphs, its names in the system fonts and in the language asked for', () => {
    for (const lang of ['da', 'en'] as const) {
      const style = buildStyle(world, lang);
      expect(validateStyleMin(style)).toEqual([]);
      expect(style).not.toHaveProperty('glyphs');
      const symbols = style.layers.filter((l) => l.type === 'symbol');
      expect(symbols.map((l) => l.id).sort()).toEqual(Object.values(NAME_LAYERS).sort());
      const sansSerif = ['system-ui', 'Segoe UI', 'Roboto', 'Arial'];
      for (const l of symbols) {
        expect(l.layout?.['text-font']).toEqual(expect.arrayContaining(sansSerif));
        const field = nameFields(lang).find(([id]) => id === l.id)?.[1];
        expect(l.layout?.['text-field']).toEqual(field);
      }
    }
    // Region labels sit on top: MapLibre places the top layer first, so they win a collision.
    const order = LAYERS.map((l) => l.id);
    expect(order.indexOf(NAME_LAYERS.regions)).toBe(order.length - 1);
    expect(order.indexOf(NAME_LAYERS.countries)).toBeGreaterThan(order.indexOf(NAME_LAYERS.seas));
  });

  it('names a country in Danish or English, and a region with its count', () => {
    const textOf = (lang: 'da' | 'en', layer: string, properties: Record<string, unknown>) => {
      const field = nameFields(lang).find(([id]) => id === layer)?.[1];
      const spec = (latest.layout_symbol as unknown as Record<string, StylePropertySpecification>)[
        'text-field'
      ]!;
      const parsed = expression.createPropertyExpression(field, `layers.${layer}.layout.text-field`, spec);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return String(parsed.value.evaluate({ zoom: 2 }, { type: 1, properties } as never));
    };
    const russia = { name_da: 'Rusland', name_en: 'Russia' };
    expect(textOf('da', NAME_LAYERS.countries, russia)).toBe('Rusland');
    expect(textOf('en', NAME_LAYERS.countries, russia)).toBe('Russia');
    const baltics = { name_da: 'Baltikum', name_en: 'The Baltic states', count: 4, dimmed: false };
    expect(textOf('da', NAME_LAYERS.regions, baltics)).toBe('Baltikum\u20024');
    expect(textOf('en', NAME_LAYERS.regions, baltics)).toBe('The Baltic states\u20024');
  });

  it('shows a name from its minzoom on, and names seas and countries in their own layers', () => {
    const labels = worldGeoJSON(topology, 'labels').features;
    const shownAt = (layer: string, zoom: number) => {
      const l = LAYERS.find((x) => x.id === layer);
      const filter = featureFilter(l && 'filter' in l ? l.filter : undefined, `layers.${layer}.filter`);
      return labels
        .filter((f) => filter.filter({ zoom }, { type: 1, properties: { ...f.properties } }))
        .map((f): unknown => f.properties?.id);
    };
    expect(shownAt(NAME_LAYERS.countries, 0)).toContain('RUS');
    expect(shownAt(NAME_LAYERS.countries, 1)).not.toContain('DNK');
    expect(shownAt(NAME_LAYERS.countries, 3)).toContain('DNK');
    expect(shownAt(NAME_LAYERS.countries, 3)).not.toContain('sea-baltic');
    expect(shownAt(NAME_LAYERS.seas, 0)).toContain('sea-atlantic');
    expect(shownAt(NAME_LAYERS.seas, 0)).not.toContain('sea-black');
    expect(shownAt(NAME_LAYERS.seas, 3)).toContain('sea-black');
    // Units Denmark does not recognise, or that are no country, are not named.
    expect(shownAt(NAME_LAYERS.countries, 7)).not.toContain('XNC');
    expect(shownAt(NAME_LAYERS.countries, 7)).toContain('XKX');
  });

  it('draws every shape of the world from one source, each layer the features of its own object', () => {
    const whole = worldGeoJSON(topology, WHOLE_MAP).features;
    const drawnBy = (id: string) => {
      const layer = LAYERS.find((l) => l.id === id);
      if (!layer || layer.source !== SOURCE.world) return [];
      const filter = featureFilter(
        'filter' in layer ? layer.filter : undefined,
        `layers[${LAYERS.indexOf(layer)}].filter`,
      );
      return whole.filter((f) =>
        filter.filter(
          { zoom: 1 },
          {
            type: f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString' ? 2 : 3,
            properties: f.properties ?? {},
          },
        ),
      );
    };
    const objectOf = (f: Feature): unknown => f.properties?.[OBJECT_PROPERTY];
    const idOf = (f: Feature): unknown => f.properties?.id;
    const objects = (id: string) => new Set(drawnBy(id).map(objectOf));
    expect(drawnBy('countries-fill')).toHaveLength(worldGeoJSON(topology, 'countries').features.length);
    expect(objects('countries-fill')).toEqual(new Set(['countries']));
    const regions = drawnBy('regions-fill').map((f) => String(idOf(f)));
    expect(regions.sort()).toEqual(
      [...world.regionInfo.values()]
        .filter((r) => r.kind !== 'zone')
        .map((r) => r.id)
        .sort(),
    );
    expect(drawnBy('arctic-zone').map((f) => [idOf(f), f.geometry.type])).toEqual([
      ['arctic', expect.stringMatching(/Polygon/)],
    ]);
    expect(drawnBy('arctic-hatching').map((f) => [idOf(f), f.geometry.type])).toEqual([
      ['arctic', 'MultiLineString'],
    ]);
    expect(drawnBy('arctic-circle').map(objectOf)).toEqual(['arcticCircle']);
  });

  it('hands MapLibre the whole world as one GeoJSON source, every object in it', () => {
    const { sources } = buildStyle(world);
    expect(Object.keys(sources).sort()).toEqual([SOURCE.regionLabels, SOURCE.selection, SOURCE.world].sort());
    const shapes = sources[SOURCE.world];
    if (shapes?.type !== 'geojson' || typeof shapes.data !== 'object') throw new Error('GeoJSON data');
    const objects = new Set(
      (shapes.data as { features: Feature[] }).features.map((f): unknown => f.properties?.[OBJECT_PROPERTY]),
    );
    expect(objects).toEqual(new Set(['countries', 'regions', 'arcticCircle', 'labels']));
  });

  it("reads every mapped region's properties", () => {
    expect(world.regionInfo.size).toBeGreaterThan(20);
    const mykolaiv = world.regionInfo.get('mykolaiv');
    expect(mykolaiv?.kind).toBe('subdivision');
    const [west, south, east, north] = mykolaiv?.bounds ?? [];
    expect([west, south, east, north].every(Number.isFinite)).toBe(true);
    expect(world.regionInfo.has('global')).toBe(false);
    expect(() => readWorld({ type: 'Topology', arcs: [], objects: {} })).toThrow(/regions/);
  });
});
