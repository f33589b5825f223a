// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from './schema';
import type { RegionId } from './ids';
import {
  bulletsInSection,
  formatDate,
  sourceCitation,
  containingRegions,
  countByPriority,
  countByRegion,
  groupByPriority,
  litRegions,
  regionPriorityTable,
  regionScope,
  searchMeasures,
  visibleMeasures,
} from './selectors';

const strategy = parseStrategy(
  JSON.parse(readFileSync(new URL('../../public/data/strategy.json', import.meta.url), 'utf8')),
);
const byId = (id: string) => {
  const m = strategy.measures.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('filtering', () => {
  it('a region includes its nested regions (Ukraine includes Mykolaiv)', () => {
    expect([...regionScope(strategy, 'ukraine')]).toEqual(expect.arrayContaining(['ukraine', 'mykolaiv']));
    const ukraine = visibleMeasures(strategy, { region: 'ukraine', priorities: [], q: '' }).map((m) => m.id);
    for (const m of visibleMeasures(strategy, { region: 'mykolaiv', priorities: [], q: '' })) {
      expect(ukraine).toContain(m.id);
    }
  });

  it('priorities combine with OR, and with the region with AND', () => {
    const both = visibleMeasures(strategy, { region: null, priorities: ['defence', 'business'], q: '' });
    const each = strategy.measures.filter(
      (m) => m.priorities.includes('defence') || m.priorities.includes('business'),
    );
    expect(both.map((m) => m.id)).toEqual(each.map((m) => m.id));
    const baltics = visibleMeasures(strategy, { region: 'baltics', priorities: ['defence'], q: '' });
    for (const m of baltics) {
      expect(m.priorities).toContain('defence');
      expect(m.regions).toContain('baltics');
    }
  });

  it('search text narrows everything else too', () => {
    const nato = visibleMeasures(strategy, { region: null, priorities: [], q: 'nato' });
    const natoDefence = visibleMeasures(strategy, { region: null, priorities: ['defence'], q: 'nato' });
    expect(natoDefence.length).toBeLessThanOrEqual(nato.length);
    for (const m of natoDefence) expect(nato).toContain(m);
  });
});

describe('counting', () => {
  it('region counts, priority counts and the table agree with the filtered measures', () => {
    const counts = countByRegion(strategy, { priorities: ['defence'], q: '' });
    for (const region of strategy.regions) {
      expect(counts.get(region.id)).toBe(
        visibleMeasures(strategy, { region: region.id, priorities: ['defence'], q: '' }).length,
      );
    }
    const lit = litRegions(counts);
    expect(lit.has('baltics')).toBe(true);
    expect([...lit].every((id) => (counts.get(id) ?? 0) > 0)).toBe(true);
    const byPriority = countByPriority(strategy, { region: 'arctic', q: '' });
    const arctic = visibleMeasures(strategy, { region: 'arctic', priorities: [], q: '' });
    expect(byPriority.get('defence')).toBe(arctic.filter((m) => m.priorities.includes('defence')).length);
    const row = regionPriorityTable(strategy, '').find((r) => r.region.id === 'mykolaiv');
    expect(row?.total).toBe(visibleMeasures(strategy, { region: 'mykolaiv', priorities: [], q: '' }).length);
  });
});

describe('grouping by priority', () => {
  it('puts each measure once, under its first chosen priority, in the priorities order', () => {
    const measures = [byId('mykolaiv-reconstruction')];
    expect(groupByPriority(measures, strategy.priorities, []).map((g) => g.priority.id)).toEqual([
      'ukraine-support',
    ]);
    expect(groupByPriority(measures, strategy.priorities, ['business']).map((g) => g.priority.id)).toEqual([
      'business',
    ]);
    const all = groupByPriority(strategy.measures, strategy.priorities, []);
    expect(all.reduce((n, g) => n + g.measures.length, 0)).toBe(strategy.measures.length);
    const order = all.map((g) => strategy.priorities.findIndex((p) => p.id === g.priority.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('search ranking and "also part of"', () => {
  it('ranks whole-word hits before prefix-only hits', () => {
    const ranked = searchMeasures(strategy, 'sanktioner');
    expect(ranked).not.toBeNull();
    expect(ranked?.length).toBeGreaterThan(0);
    expect(searchMeasures(strategy, '  ')).toBeNull();
  });

  it('finds the Arctic measure by "Faeroe" and by "færøerne"', () => {
    const faeroe = searchMeasures(strategy, 'Faeroe') ?? [];
    const faeroerne = searchMeasures(strategy, 'færøerne') ?? [];
    const arctic = strategy.measures.filter((m) => m.regions.includes('faroe-islands')).map((m) => m.id);
    expect(arctic.length).toBeGreaterThan(0);
    for (const id of arctic) {
      expect(faeroe).toContain(id);
      expect(faeroerne).toContain(id);
    }
  });

  it('Mykolaiv is part of Ukraine; the Baltics are part of the EU by membership; Greenland of the Arctic by its definition', () => {
    const def = (members: string[], partOf?: RegionId[]) => ({
      kind: 'group',
      members,
      definition: { da: '-', en: '-' },
      partOf,
    });
    const members = {
      baltics: def(['EST', 'LVA', 'LTU']),
      eu: def(['EST', 'LVA', 'LTU', 'DNK']),
      ukraine: def(['UKR']),
      greenland: def(['GRL'], ['arctic']),
    };
    expect(containingRegions(strategy, 'mykolaiv', members)).toContain('ukraine');
    expect(containingRegions(strategy, 'baltics', members)).toContain('eu');
    expect(containingRegions(strategy, 'eu', members)).not.toContain('baltics');
    expect(containingRegions(strategy, 'greenland', members)).toEqual(['north-atlantic', 'arctic']);
  });

  it('numbers bullets within their section and formats the article date per language', () => {
    expect(bulletsInSection(strategy, 'europe-security')).toBe(9);
    expect(bulletsInSection(strategy, 'global-partnerships')).toBe(10);
    expect(bulletsInSection(strategy, 'resilient-society')).toBe(9);
    expect(formatDate('2023-05-16', 'da')).toBe('16. maj 2023');
    expect(formatDate('2023-05-16', 'en')).toBe('16 May 2023');
    expect(sourceCitation(strategy.source, 'en')).toContain(
      'Altinget, 16 May 2023, https://www.altinget.dk/',
    );
  });
});
