// @vitest-environment node
// Acceptance tests for the names and label points of public/geo/world.json (the `labels` object)
// and for the shapes of small island states. They read only the generated file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contains } from './contains';
import { feature } from 'topojson-client';
import type { Feature, Geometry, Point } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

interface LabelProps {
  id: string;
  kind: 'country' | 'sea';
  name_da: string;
  name_en: string;
  rank: number;
  minzoom: number;
}
type World = Topology<{
  countries: GeometryCollection<{ name: string }>;
  labels: GeometryCollection<LabelProps>;
}>;

const world = JSON.parse(
  readFileSync(new URL('../../public/geo/world.json', import.meta.url), 'utf8'),
) as World;
const countries: Feature<Geometry, { name: string }>[] = feature(world, world.objects.countries).features;
const labels = feature(world, world.objects.labels).features as Feature<Point, LabelProps>[];
const countryLabels = labels.filter((l) => l.properties.kind === 'country');
const seaLabels = labels.filter((l) => l.properties.kind === 'sea');

const country = (id: string) => {
  const c = countries.find((f) => f.id === id);
  if (!c) throw new Error(`no country ${id}`);
  return c;
};
const label = (id: string) => {
  const l = labels.find((f) => f.id === id);
  if (!l) throw new Error(`no label ${id}`);
  return l;
};

describe('world.json: country names and label points', () => {
  it('every country unit has one label, with Danish and English names', () => {
    expect(countryLabels.map((l) => String(l.id)).sort()).toEqual(countries.map((c) => String(c.id)).sort());
    for (const l of countryLabels) {
      expect(l.properties.id, String(l.id)).toBe(l.id);
      expect(l.properties.name_da.trim().length, `${l.properties.id} da`).toBeGreaterThan(1);
      expect(l.properties.name_en.trim().length, `${l.properties.id} en`).toBeGreaterThan(1);
    }
    // The two languages are really two: many names differ.
    const differ = countryLabels.filter((l) => l.properties.name_da !== l.properties.name_en).length;
    expect(differ).toBeGreaterThan(80);
  });

  it.each([
    ['DNK', 'Danmark', 'Denmark'],
    ['DEU', 'Tyskland', 'Germany'],
    ['GRL', 'Grønland', 'Greenland'],
    ['FRO', 'Færøerne', 'Faroe Islands'],
    ['UKR', 'Ukraine', 'Ukraine'],
    ['RUS', 'Rusland', 'Russia'],
    ['USA', 'USA', 'United States'],
    ['NLD', 'Nederlandene', 'Netherlands'],
    ['MDA', 'Moldova', 'Moldova'],
    ['XKX', 'Kosovo', 'Kosovo'],
    ['XNC', 'Nordcypern', 'Northern Cyprus'],
    ['XSL', 'Somaliland', 'Somaliland'],
  ])('%s is %s in Danish and %s in English', (id, da, en) => {
    expect(label(id).properties).toMatchObject({ kind: 'country', name_da: da, name_en: en });
  });

  it('every country label point lies inside its country', () => {
    const outside = countryLabels
      .filter((l) => !contains(country(l.properties.id).geometry, l.geometry.coordinates))
      .map((l) => l.properties.id);
    expect(outside).toEqual([]);
  });

  it('ranks run 1..n by area and minzoom grows as countries shrink', () => {
    const ranks = countryLabels.map((l) => l.properties.rank).sort((a, b) => a - b);
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    expect(label('RUS').properties.rank).toBe(1);
    expect(label('CAN').properties.rank).toBeLessThan(label('DEU').properties.rank);
    expect(label('DEU').properties.rank).toBeLessThan(label('DNK').properties.rank);
    expect(label('DNK').properties.rank).toBeLessThan(label('MLT').properties.rank);
    for (const l of labels) {
      expect(l.properties.minzoom, l.properties.id).toBeGreaterThanOrEqual(0);
      expect(l.properties.minzoom, l.properties.id).toBeLessThanOrEqual(6);
    }
    const z = (id: string) => label(id).properties.minzoom;
    expect(z('RUS')).toBe(0);
    expect(z('RUS')).toBeLessThan(z('DEU'));
    expect(z('DEU')).toBeLessThan(z('DNK'));
    expect(z('DNK')).toBeLessThan(z('LUX'));
    expect(z('LUX')).toBeLessThan(z('MLT'));
  });
});

describe('world.json: seas and oceans', () => {
  it('names the eight seas and oceans, the Pacific either side of the antimeridian', () => {
    const names = seaLabels.map((l) => `${l.properties.name_da}/${l.properties.name_en}`);
    expect([...new Set(names)].sort()).toEqual(
      [
        'Atlanterhavet/Atlantic Ocean',
        'Det Arktiske Ocean/Arctic Ocean',
        'Det Indiske Ocean/Indian Ocean',
        'Middelhavet/Mediterranean Sea',
        'Nordsøen/North Sea',
        'Sortehavet/Black Sea',
        'Stillehavet/Pacific Ocean',
        'Østersøen/Baltic Sea',
      ].sort(),
    );
    const pacific = seaLabels.filter((l) => l.properties.name_en === 'Pacific Ocean');
    expect(pacific.map((l) => Math.sign(l.geometry.coordinates[0] ?? 0)).sort()).toEqual([-1, 1]);
  });

  it('every sea label is in open water, with a rank and a unique id', () => {
    for (const l of seaLabels) {
      const on = countries.filter((c) => contains(c.geometry, l.geometry.coordinates)).map((c) => c.id);
      expect(on, l.properties.id).toEqual([]);
      expect(Number.isInteger(l.properties.rank)).toBe(true);
    }
    const ids = labels.map((l) => String(l.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/**
 * Capitals of island states, [lng, lat]: city-centre coordinates as GeoNames (geonames.org) gives
 * them, rounded to 4 decimals. Nicosia: a point in the Republic's part of the city (35.15 N
 * 33.37 E), since Natural Earth draws the Green Line through its centre. Tonga is left out:
 * Natural Earth 10m leaves the lagoon behind Nuku'alofa open to the sea.
 */
const ISLAND_CAPITALS: [string, string, [number, number]][] = [
  ['FJI', 'Suva', [178.4419, -18.1416]],
  ['MLT', 'Valletta', [14.5146, 35.8989]],
  ['SGP', 'Singapore', [103.8198, 1.3521]],
  ['MDV', 'Malé', [73.5093, 4.1755]],
  ['CYP', 'Nicosia', [33.37, 35.15]],
  ['WSM', 'Apia', [-171.7514, -13.8333]],
  ['MUS', 'Port Louis', [57.5012, -20.1609]],
  ['BHR', 'Manama', [50.586, 26.2285]],
  ['BRB', 'Bridgetown', [-59.6167, 13.0975]],
  ['SYC', 'Victoria', [55.4513, -4.6191]],
  ['VCT', 'Kingstown', [-61.2248, 13.1587]],
  ['LCA', 'Castries', [-60.9875, 14.0101]],
  ['DMA', 'Roseau', [-61.387, 15.3092]],
  ['KNA', 'Basseterre', [-62.7177, 17.3026]],
  ['BHS', 'Nassau', [-77.3554, 25.048]],
  ['TTO', 'Port of Spain', [-61.519, 10.6596]],
  ['COM', 'Moroni', [43.2551, -11.7172]],
  ['CPV', 'Praia', [-23.5087, 14.933]],
  ['STP', 'São Tomé', [6.7273, 0.3365]],
  ['VUT', 'Port Vila', [168.3273, -17.7334]],
  ['SLB', 'Honiara', [159.9729, -9.4456]],
  ['FSM', 'Palikir', [158.1589, 6.9172]],
  ['PLW', 'Ngerulmud', [134.6242, 7.5006]],
  ['NRU', 'Yaren', [166.9209, -0.5477]],
];

describe('world.json: small islands keep their capitals', () => {
  it.each(ISLAND_CAPITALS)('%s contains %s', (id, _city, point) => {
    expect(contains(country(id).geometry, point)).toBe(true);
  });
});
