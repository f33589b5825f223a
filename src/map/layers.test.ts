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
  SELECTION_LAYER,
  selectionOutline,
  SOURCE,
} from './layers';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
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

  it('outlines only the selected region: its own shape, nothing for no selection or the Arctic zone', () => {
    const baltics = selectionOutline(world, 'baltics').features;
    expect(baltics.map((f): unknown => f.properties?.id)).toEqual(['baltics']);
    expect(selectionOutline(world, null).features).toEqual([]);
    expect(world.regionInfo.get('arctic')?.kind).toBe('zone');
    expect(selectionOutline(world, 'arctic').features).toEqual([]);
    // No line layer draws every region: the strong outline comes from the selection source alone.
    expect(LAYERS.filter((l) => l.source === SOURCE.selection).map((l) => l.id)).toEqual([
      SELECTION_LAYER,
    ]);
    expect(buildStyle(world).sources[SOURCE.selection]).toMatchObject({ type: 'geojson' });
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
    expect(Object.keys(sources).sort()).toEqual([SOURCE.selection, SOURCE.world].sort());
    const shapes = sources[SOURCE.world];
    if (shapes?.type !== 'geojson' || typeof shapes.data !== 'object') throw new Error('GeoJSON data');
    const objects = new Set(
      (shapes.data as { features: Feature[] }).features.map((f): unknown => f.properties?.[OBJECT_PROPERTY]),
    );
    expect(objects).toEqual(new Set(['countries', 'regions', 'arcticCircle']));
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
