import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MAPPED_REGION_IDS } from '../content/ids';
import { parseWorldSourceUrl, worldGeoJSON, worldSourceUrl } from './worldSource';

const topology = JSON.parse(readFileSync(resolve('public/geo/world.json'), 'utf8')) as Topology;
const FILE = 'http://127.0.0.1:4173/geo/world.json';

describe('world:// URLs', () => {
  it('round-trip a whole object and one feature, whatever the file URL holds', () => {
    const odd = 'http://127.0.0.1:4173/a b/world.json?v=1&x=æøå#frag';
    for (const request of [
      { file: FILE, object: 'countries' as const },
      { file: FILE, object: 'regions' as const, id: 'mykolaiv' },
      { file: odd, object: 'arcticCircle' as const },
      { file: odd, object: 'regions' as const, id: 'a/b?c' },
    ]) {
      expect(parseWorldSourceUrl(worldSourceUrl(request))).toEqual(request);
    }
    expect(worldSourceUrl({ file: FILE, object: 'regions', id: 'baltics' })).toMatch(
      /^world:\/\/regions\/baltics\?file=/,
    );
  });

  it('reject anything else', () => {
    for (const url of [
      '',
      'not a url',
      `https://countries?file=${encodeURIComponent(FILE)}`,
      `world://oceans?file=${encodeURIComponent(FILE)}`,
      'world://countries',
      'world://countries?file=',
      `world://__proto__?file=${encodeURIComponent(FILE)}`,
    ]) {
      expect(parseWorldSourceUrl(url)).toBeNull();
    }
  });
});

describe('worldGeoJSON (what the worker hands its tiler)', () => {
  it('decodes every country with its id and name', () => {
    const countries = worldGeoJSON(topology, 'countries');
    const geometries = (topology.objects.countries as { geometries: unknown[] }).geometries;
    expect(countries.features).toHaveLength(geometries.length);
    const denmark = countries.features.find((f) => f.id === 'DNK');
    expect(denmark?.properties).toEqual({ name: 'Denmark' });
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

  it('gives the mapped regions only, with the properties the layers read', () => {
    const regions = worldGeoJSON(topology, 'regions');
    expect(regions.features.map((f) => f.id).sort()).toEqual([...MAPPED_REGION_IDS].sort());
    for (const f of regions.features) {
      const { id, kind, area } = f.properties ?? {};
      expect([id, typeof kind, typeof area]).toEqual([f.id, 'string', 'number']);
    }
  });

  it('gives one region alone, nothing for an unknown id, and fails on an unknown object', () => {
    const baltics = worldGeoJSON(topology, 'regions', 'baltics');
    expect(baltics.features.map((f) => f.id)).toEqual(['baltics']);
    expect(worldGeoJSON(topology, 'regions', 'atlantis').features).toEqual([]);
    expect(worldGeoJSON(topology, 'arcticCircle').features[0]?.geometry.type).toBe('LineString');
    expect(() => worldGeoJSON({ ...topology, objects: {} }, 'countries')).toThrow(/countries/);
  });
});
