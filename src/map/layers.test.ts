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
import { OBJECT_PROPERTY, parseWorldSourceUrl, WHOLE_MAP, worldGeoJSON } from './worldSource';

const FILE = 'http://127.0.0.1/geo/world.json';
const topology = JSON.parse(readFileSync(resolve('public/geo/world.json'), 'utf8')) as Topology;
const world = readWorld(topology, FILE);

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

  it('draws with one fill, one outline and one line program: the same paint properties vary per feature in every layer of a kind', () => {
    // MapLibre builds a program per layer type and per set of paint properties that vary by feature
    // (expressions) rather than being constant; each program is a long task to link under software
    // rendering. A fill pattern would be a program of its own, and so would a second kind of outline.
    const varying = (layer: (typeof LAYERS)[number]) =>
      Object.entries(layer.paint)
        .filter(([, value]) => Array.isArray(value) && typeof value[0] === 'string')
        .map(([name]) => name)
        .sort()
        .join(' ');
    const drawn = LAYERS.filter((l) => !('fill-opacity' in l.paint && l.paint['fill-opacity'] === 0));
    for (const type of ['fill', 'line']) {
      const kinds = new Set(drawn.filter((l) => l.type === type).map(varying));
      expect([...kinds], `${type} layers`).toHaveLength(1);
    }
    expect(new Set(drawn.map((l) => l.type))).toEqual(new Set(['fill', 'line']));
    for (const layer of drawn) expect(layer.paint).not.toHaveProperty('fill-pattern');
    // Only the land draws an outline (MapLibre outlines a fill unless fill-antialias is false).
    const outlined = drawn.filter(
      (l) => l.type === 'fill' && !('fill-antialias' in l.paint && l.paint['fill-antialias'] === false),
    );
    expect(outlined.map((l) => l.id)).toEqual(['countries-fill']);
  });

  it('outlines only the selected region: its own shape, nothing for no selection or the Arctic zone', () => {
    const baltics = selectionOutline(world, 'baltics');
    expect(typeof baltics === 'string' && parseWorldSourceUrl(baltics)).toEqual({
      file: FILE,
      object: 'regions',
      id: 'baltics',
    });
    expect(selectionOutline(world, null)).toBeNull();
    expect(world.regionInfo.get('arctic')?.kind).toBe('zone');
    expect(selectionOutline(world, 'arctic')).toBeNull();
    // Hidden until something is selected: an empty layer would still stencil its source's tiles.
    const outline = LAYERS.find((l) => l.id === SELECTION_LAYER);
    expect(outline?.layout).toEqual({ visibility: 'none' });
    // No line layer draws every region: the strong outline comes from the selection source alone.
    expect(LAYERS.filter((l) => l.source === SOURCE.selection).map((l) => l.id)).toEqual([
      'selection-outline',
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

  it('names every shape by a world:// URL the worker loads, so the style carries no geometry', () => {
    const { sources } = buildStyle(world);
    expect(Object.keys(sources).sort()).toEqual([SOURCE.selection, SOURCE.world].sort());
    const shapes = sources[SOURCE.world];
    expect(
      shapes?.type === 'geojson' && typeof shapes.data === 'string' && parseWorldSourceUrl(shapes.data),
    ).toEqual({
      file: FILE,
      object: WHOLE_MAP,
    });
    expect(JSON.stringify(buildStyle(world)).length).toBeLessThan(10_000);
  });

  it("reads every mapped region's properties without decoding a shape", () => {
    expect(world.regionInfo.size).toBeGreaterThan(20);
    const mykolaiv = world.regionInfo.get('mykolaiv');
    expect(mykolaiv?.kind).toBe('subdivision');
    const [west, south, east, north] = mykolaiv?.bounds ?? [];
    expect([west, south, east, north].every(Number.isFinite)).toBe(true);
    expect(world.regionInfo.has('global')).toBe(false);
    expect(() => readWorld({ type: 'Topology', arcs: [], objects: {} }, FILE)).toThrow(/regions/);
  });

  it('draws the selection outline solid, with the dashed line program the Arctic circle links at load', () => {
    const line = (id: string) => LAYERS.find((l) => l.id === id);
    const selection = line('selection-outline');
    const circle = line('arctic-circle');
    if (selection?.type !== 'line' || circle?.type !== 'line') throw new Error('both are line layers');
    expect(circle.paint['line-dasharray']).toEqual([4, 3]);
    const dashes = selection.paint['line-dasharray'];
    expect(Array.isArray(dashes)).toBe(true);
    // Every gap (odd entries) is zero: solid.
    expect((dashes as number[]).filter((_, i) => i % 2 === 1).every((gap) => gap === 0)).toBe(true);
  });
});
