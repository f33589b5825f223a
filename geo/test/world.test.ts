// @vitest-environment node
// Acceptance tests for the generated public/geo/world.json against geo/regions.json and the
// region ids of the URL contract. They read only those two files (no geo/ dependencies).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contains } from './contains';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, LineString, MultiLineString, Topology } from 'topojson-specification';
import { MAPPED_REGION_IDS, REGION_IDS } from '../../src/content/ids';

type Bounds = [number, number, number, number];
interface RegionProps {
  id: string;
  kind: string;
  area: number;
  bounds: Bounds;
  label: [number, number];
}
interface CountryProps {
  name: string;
}
type World = Topology<{
  countries: GeometryCollection<CountryProps>;
  regions: GeometryCollection<RegionProps>;
  arcticCircle: LineString | MultiLineString;
}> & { attribution?: string };
interface RegionDef {
  kind: string;
  members: string[];
  definition: { da: string; en: string };
  clipTo?: string;
  label?: [number, number];
}

const raw = readFileSync(new URL('../../public/geo/world.json', import.meta.url));
const world = JSON.parse(raw.toString('utf8')) as World;
const defs = JSON.parse(readFileSync(new URL('../regions.json', import.meta.url), 'utf8')) as Record<
  string,
  RegionDef
>;

const countries: Feature<Geometry, CountryProps>[] = feature(world, world.objects.countries).features;
const regions: Feature<Geometry, RegionProps>[] = feature(world, world.objects.regions).features;
const circle: Feature = feature(world, world.objects.arcticCircle as LineString);

/** Polygon rings, or line strings, of a geometry. */
function rings(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    default:
      return [];
  }
}

/** Twice the planar area of a ring, unsigned. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a);
}

const countryAt = (p: [number, number]) => countries.filter((f) => contains(f.geometry, p)).map((f) => f.id);
const regionsAt = (p: [number, number]) => regions.filter((f) => contains(f.geometry, p)).map((f) => f.id);
const region = (id: string) => {
  const r = regions.find((f) => f.id === id);
  if (!r) throw new Error(`no region ${id}`);
  return r;
};

describe('world.json: corrections', () => {
  it.each([
    ['Crimea', [34.1, 45.0]],
    ['Sevastopol', [33.52, 44.6]],
  ] as const)('%s is Ukraine, not Russia', (_name, point) => {
    expect(countryAt([...point])).toEqual(['UKR']);
    const ids = regionsAt([...point]);
    expect(ids).toContain('ukraine');
    expect(ids).not.toContain('russia');
  });

  it('Mykolaiv city is in the regions mykolaiv and ukraine', () => {
    const ids = regionsAt([31.99, 46.97]);
    expect(ids).toContain('mykolaiv');
    expect(ids).toContain('ukraine');
    expect(countryAt([31.99, 46.97])).toEqual(['UKR']);
  });

  it('no ring or line of any object jumps more than 180° of longitude', () => {
    const jumps: string[] = [];
    const all: [string, Geometry | null][] = [
      ...countries.map((f): [string, Geometry | null] => [`country ${String(f.id)}`, f.geometry]),
      ...regions.map((f): [string, Geometry | null] => [`region ${String(f.id)}`, f.geometry]),
      ['arcticCircle', circle.geometry],
    ];
    for (const [name, geometry] of all) {
      for (const ring of rings(geometry)) {
        for (let i = 1; i < ring.length; i++) {
          const dx = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
          if (dx > 180) jumps.push(`${name}: ${dx.toFixed(1)}° at vertex ${i}`);
        }
      }
    }
    expect(jumps).toEqual([]);
  });

  it('parts across the antimeridian are kept, and Antarctica is filled', () => {
    expect(countryAt([-179.5, 68.5])).toEqual(['RUS']); // Chukotka east of 180°
    expect(countryAt([-172, 66.5])).toEqual(['RUS']);
    expect(countryAt([178, -17.8])).toEqual(['FJI']);
    expect(countryAt([0, -80])).toEqual(['ATA']);
    expect(countryAt([120, -88])).toEqual(['ATA']);
  });
});

describe('world.json: ids', () => {
  it('country ids are unique, alpha-3 shaped, and named', () => {
    const ids = countries.map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(241);
    for (const f of countries) {
      expect(String(f.id)).toMatch(/^[A-Z]{3}$/);
      expect(f.properties.name).toBeTruthy();
    }
  });

  it('every mapped region id has exactly one geometry in regions, and vice versa', () => {
    const ids = regions.map((f) => String(f.id));
    expect([...ids].sort()).toEqual([...MAPPED_REGION_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('global');
    for (const f of regions) expect(f.properties.id).toBe(f.id);
  });

  it('regions.json defines exactly the region ids, global without members', () => {
    expect(Object.keys(defs).sort()).toEqual([...REGION_IDS].sort());
    expect(defs.global?.members).toEqual([]);
    for (const [id, def] of Object.entries(defs)) {
      expect(def.definition.da.length, id).toBeGreaterThan(20);
      expect(def.definition.en.length, id).toBeGreaterThan(20);
      if (id !== 'global') expect(region(id).properties.kind).toBe(def.kind);
    }
  });

  it('every member code in regions.json exists as a country id', () => {
    const ids = new Set(countries.map((f) => String(f.id)));
    const missing = Object.entries(defs).flatMap(([id, def]) =>
      [...def.members, ...(def.clipTo ? [def.clipTo] : [])]
        .filter((m) => !ids.has(m))
        .map((m) => `${id}: ${m}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('world.json: region properties', () => {
  it("Russia's bounds cross the antimeridian (west < east, east > 180)", () => {
    const [west, south, east, north] = region('russia').properties.bounds;
    expect(west).toBeGreaterThan(19);
    expect(west).toBeLessThan(east);
    expect(east).toBeGreaterThan(180);
    expect(east).toBeLessThan(192);
    expect(south).toBeCloseTo(41.2, 0);
    expect(north).toBeCloseTo(81.9, 0);
  });

  it('bounds are well formed and every label lies inside its bounds and its region', () => {
    for (const f of regions) {
      const { bounds, label } = f.properties;
      const [west, south, east, north] = bounds;
      expect(west, f.properties.id).toBeGreaterThanOrEqual(-180);
      expect(west, f.properties.id).toBeLessThan(east);
      expect(east - west, f.properties.id).toBeLessThanOrEqual(360);
      expect(south, f.properties.id).toBeLessThan(north);
      const [lng, lat] = label;
      const lngIn = (lng >= west && lng <= east) || (lng + 360 >= west && lng + 360 <= east);
      expect(lngIn && lat >= south && lat <= north, `${f.properties.id} label ${label.join(',')}`).toBe(true);
      expect(contains(f.geometry, label), `${f.properties.id} label inside`).toBe(true);
    }
  });

  it('labels are distinct', () => {
    const seen = regions.map((f) => f.properties.label);
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const [a = [0, 0], b = [0, 0]] = [seen[i], seen[j]];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(1);
      }
    }
  });

  it('areas are in km² and nested regions are smaller than their containers', () => {
    const area = (id: string) => region(id).properties.area;
    expect(area('ukraine')).toBeGreaterThan(560_000);
    expect(area('ukraine')).toBeLessThan(640_000);
    expect(area('mykolaiv')).toBeGreaterThan(20_000);
    expect(area('mykolaiv')).toBeLessThan(30_000);
    for (const [small, big] of [
      ['mykolaiv', 'ukraine'],
      ['north-africa', 'africa'],
      ['asean', 'indo-pacific'],
      ['china', 'indo-pacific'],
      ['greenland', 'north-atlantic'],
      ['faroe-islands', 'north-atlantic'],
      ['baltics', 'baltic-sea'],
      ['denmark', 'nordics'],
      ['eastern-europe', 'eu'],
    ]) {
      expect(area(small ?? ''), `${small} < ${big}`).toBeLessThan(area(big ?? ''));
    }
  });

  it('the arctic is the band from the Arctic Circle to 85° N across the whole map', () => {
    const arctic = region('arctic');
    expect(arctic.properties.kind).toBe('zone');
    const [west, south, east, north] = arctic.properties.bounds;
    expect(west).toBe(-180);
    expect(east).toBe(180);
    expect(south).toBeCloseTo(66.5633, 2);
    expect(north).toBeCloseTo(85, 2);
    expect(regionsAt([25, 70])).toContain('arctic');
    expect(regionsAt([25, 65])).not.toContain('arctic');
    const line = rings(circle.geometry).flat();
    expect(line.length).toBeGreaterThan(300);
    for (const [, lat] of line) expect(lat).toBeCloseTo(66.5633, 2);
  });
});

describe('world.json: size and small states', () => {
  it('is at most 120 KB gzip', () => {
    const gz = gzipSync(raw, { level: 9 }).length;
    expect(
      gz,
      `public/geo/world.json is ${gz} bytes gzip (${(gz / 1024).toFixed(1)} KB)`,
    ).toBeLessThanOrEqual(120 * 1024);
  });

  it.each(['EST', 'LVA', 'LTU', 'MNE', 'MKD', 'XKX', 'SGP', 'MLT', 'FJI', 'TON', 'WSM'])(
    '%s has a geometry of non-zero area',
    (id) => {
      const f = countries.find((c) => c.id === id);
      expect(f, id).toBeDefined();
      expect(rings(f?.geometry ?? null).some((r) => r.length >= 4 && ringArea(r) > 0)).toBe(true);
    },
  );

  it('every country keeps a shape, and says it is made with Natural Earth', () => {
    const empty = countries.filter((f) => !rings(f.geometry).some((r) => ringArea(r) > 0)).map((f) => f.id);
    expect(empty).toEqual([]);
    expect(world.attribution).toBe('Made with Natural Earth');
  });
});
