// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAPPED_REGION_IDS, REGION_IDS } from './ids';
import { parseRegionInfo } from './membership';
import { parseStrategy } from './schema';
import { containingRegions } from './selectors';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const info = parseRegionInfo(read('../../geo/regions.json'), read('./countries.json'));
const strategy = parseStrategy(read('../../public/data/strategy.json'));
const world = read('../../public/geo/world.json') as {
  objects: { countries: { geometries: { id: string }[] } };
};
const mapIds = new Set(world.objects.countries.geometries.map((g) => g.id));
const def = (id: (typeof REGION_IDS)[number]) => {
  const found = info.regions[id];
  if (!found) throw new Error(`no definition for ${id}`);
  return found;
};

describe('region definitions (geo/regions.json), as the panels show them', () => {
  it.each(REGION_IDS)('%s has a Danish and an English definition', (id) => {
    const { definition, reason } = def(id);
    expect(definition.da.length).toBeGreaterThan(20);
    expect(definition.en.length).toBeGreaterThan(20);
    if (reason) {
      expect(reason.da.length).toBeGreaterThan(20);
      expect(reason.en.length).toBeGreaterThan(20);
    }
  });

  it('lists members that are country ids of the map, each with a Danish and an English name', () => {
    const problems = REGION_IDS.flatMap((id) =>
      def(id).members.flatMap((code) => [
        ...(mapIds.has(code) ? [] : [`${id}: ${code} is not a map id`]),
        ...(info.countries[code]?.da && info.countries[code]?.en ? [] : [`${code} has no name`]),
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('gives every group at least two members and every mapped region but the zone and the subdivision some', () => {
    for (const id of MAPPED_REGION_IDS) {
      const { kind, members } = def(id);
      if (kind === 'group') expect(members.length, id).toBeGreaterThanOrEqual(2);
      else if (kind !== 'zone' && kind !== 'subdivision')
        expect(members.length, id).toBeGreaterThanOrEqual(1);
    }
  });

  it('matches the stated definitions of the regions the review questioned', () => {
    expect(def('eastern-europe').members).toContain('CZE');
    expect(def('nordics').members).toEqual(expect.arrayContaining(['ALA', 'FRO', 'GRL']));
    expect([...def('north-africa').members].sort()).toEqual(['DZA', 'EGY', 'LBY', 'MAR', 'TUN']);
    expect(def('eastern-neighbourhood').members).toEqual(['GEO', 'MDA']);
    expect(def('north-africa').reason?.en).toMatch(/Sudan and Western Sahara/);
    expect(def('indo-pacific').reason?.en).toMatch(/Central Asia, West Asia/);
    expect(def('global').definition.en).toMatch(/NATO is an alliance and has no region/);
  });

  it("offers the Arctic in Greenland's “also part of”", () => {
    expect(containingRegions(strategy, 'greenland', info.regions)).toContain('arctic');
  });
});
