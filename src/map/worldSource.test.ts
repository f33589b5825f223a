import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MAPPED_REGION_IDS } from '../content/ids';
import type { Position } from 'geojson';
import {
  HATCH_KIND,
  HATCH_SPACING,
  hatchLines,
  OBJECT_PROPERTY,
  WHOLE_MAP,
  WORLD_OBJECTS,
  worldGeoJSON,
} from './worldSource';

const topology = JSON.parse(readFileSync(resolve('public/geo/world.json'), 'utf8')) as Topology;

describe('worldGeoJSON (what the map hands MapLibre)', () => {
  it('decodes every country with its id and name', () => {
    const countries = worldGeoJSON(topology, 'countries');
    const geometries = (topology.objects.countries as { geometries: unknown[] }).geometries;
    expect(countries.features).toHaveLength(geometries.length);
    const denmark = countries.features.find((f) => f.id === 'DNK');
    expect(denmark?.properties).toEqual({ name: 'Denmark', [OBJECT_PROPERTY]: 'countries' });
    expect(denmark?.geometry.type).toMatch(/Polygon/);
    const first = JSON.stringify(denmark?.geometry)
      .match(/-?\d+(\.\d+)?,-?\d+(\.\d+)?/)?.[0]
      .split(',')
      .map(Number);
    expect(first?.[0]).toBeGreaterThan(7);
    expect(first?.[0]).toBeLessThan(16);
    expect(first?.[1]).toBeGreaterThan(54);
    expect(first?.[1]).toBeLessThan(58);
  });

  it('gives the mapped regions only, with the properties the layers read, and the Arctic zone its hatching', () => {
    const features = worldGeoJSON(topology, 'regions').features;
    const regions = features.filter((f) => f.properties?.kind !== HATCH_KIND);
    expect(regions.map((f) => f.id).sort()).toEqual([...MAPPED_REGION_IDS].sort());
    for (const f of regions) {
      const { id, kind, area } = f.properties ?? {};
      expect([id, typeof kind, typeof area]).toEqual([f.id, 'string', 'number']);
    }
    // The hatching carries the zone's id, so hover, selection and dimming (feature state) reach it.
    const hatching = features.filter((f) => f.properties?.kind === HATCH_KIND);
    expect(hatching.map((f): unknown[] => [f.properties?.id, f.geometry.type])).toEqual([
      ['arctic', 'MultiLineString'],
    ]);
    // None for one region alone (the selection outline).
    expect(worldGeoJSON(topology, 'regions', 'arctic').features).toHaveLength(1);
  });

  it('gives one region alone, nothing for an unknown id, and fails on an unknown object', () => {
    const baltics = worldGeoJSON(topology, 'regions', 'baltics');
    expect(baltics.features.map((f) => f.id)).toEqual(['baltics']);
    expect(worldGeoJSON(topology, 'regions', 'atlantis').features).toEqual([]);
    expect(worldGeoJSON(topology, 'arcticCircle').features[0]?.geometry.type).toBe('LineString');
    expect(() => worldGeoJSON({ ...topology, objects: {} }, 'countries')).toThrow(/countries/);
  });

  it('gives the whole map as every object in turn, each feature naming its object', () => {
    const whole = worldGeoJSON(topology, WHOLE_MAP).features;
    const apart = WORLD_OBJECTS.flatMap((object) => worldGeoJSON(topology, object).features);
    expect(whole).toEqual(apart);
    const from = (object: string) => whole.filter((f) => f.properties?.[OBJECT_PROPERTY] === object);
    expect(from('countries').length).toBeGreaterThan(200);
    expect(from('regions').some((f) => f.properties?.kind === HATCH_KIND)).toBe(true);
    expect(from('arcticCircle')).toHaveLength(1);
    expect(from('labels').length).toBeGreaterThan(200);
    expect(whole).toHaveLength(
      from('countries').length + from('regions').length + from('arcticCircle').length + from('labels').length,
    );
  });
});

describe('hatchLines (the Arctic band)', () => {
  const SOUTH = 66.5616;
  const NORTH = 85;
  /** Each line as [x0, y0, x1, y1], longitude and latitude. */
  const lines = hatchLines(SOUTH, NORTH).map((line) =>
    line.flatMap((p: Position) => [p[0] ?? NaN, p[1] ?? NaN]),
  );
  const mercatorY = (latitude: number) =>
    (Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) * 180) / Math.PI;
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

  it('stays inside the band and the world, each line straight at 45 degrees on the map', () => {
    expect(lines.length).toBeGreaterThan(50);
    for (const [x0 = NaN, y0 = NaN, x1 = NaN, y1 = NaN] of lines) {
      for (const x of [x0, x1]) expect(Math.abs(x)).toBeLessThanOrEqual(180);
      for (const y of [y0, y1]) {
        expect(y).toBeGreaterThanOrEqual(SOUTH - 1e-9);
        expect(y).toBeLessThanOrEqual(NORTH + 1e-9);
      }
      expect(x1).toBeGreaterThan(x0);
      expect(close(x1 - x0, mercatorY(y1) - mercatorY(y0))).toBe(true);
    }
  });

  it('covers the whole band evenly: every latitude is crossed every HATCH_SPACING degrees', () => {
    for (const latitude of [SOUTH + 0.01, 75, NORTH - 0.01]) {
      const y = mercatorY(latitude);
      const crossings = lines
        .filter(([, y0 = NaN, , y1 = NaN]) => mercatorY(y0) <= y && y <= mercatorY(y1))
        .map(([x0 = NaN, y0 = NaN]) => x0 + (y - mercatorY(y0)))
        .sort((a, b) => a - b);
      expect(crossings).toHaveLength(360 / HATCH_SPACING);
      crossings
        .slice(1)
        .forEach((x, i) => expect(close(x - (crossings[i] ?? NaN), HATCH_SPACING)).toBe(true));
    }
    // On the band's southern edge the lines sit on whole multiples of the spacing, as in every world copy.
    const starts = lines.filter(([, y0 = NaN]) => close(y0, SOUTH)).map(([x0 = NaN]) => x0);
    expect(starts.length).toBeGreaterThan(0);
    for (const x of starts) expect(close(x / HATCH_SPACING, Math.round(x / HATCH_SPACING))).toBe(true);
  });

  it('draws nothing for an empty band', () => {
    expect(hatchLines(70, 70)).toEqual([]);
    expect(hatchLines(80, 70)).toEqual([]);
  });
});
