// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PRIORITY_IDS, REGION_IDS } from './ids';
import { parseStrategy, type Text } from './schema';

const fileUrl = new URL('../../public/data/strategy.json', import.meta.url);
const bytes = readFileSync(fileUrl);
const strategy = parseStrategy(JSON.parse(bytes.toString('utf8')));
const { measures, regions, priorities } = strategy;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sourcePath = resolve(repoRoot, '../shared/source/strategy-article.da.txt');
const sourceExists = existsSync(sourcePath);
const source = sourceExists ? readFileSync(sourcePath, 'utf8') : '';
if (!sourceExists) {
  console.warn(
    `content.test: ${sourcePath} not found; SKIPPING the verbatim-quote checks against the source`,
  );
}

const NAMED_REGIONS = ['mykolaiv', 'baltics', 'arctic', 'western-balkans', 'indo-pacific', 'africa'] as const;

/** Every Text object anywhere in the content, with its path. */
function texts(value: unknown, path = ''): [string, Text][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value).sort().join(',');
  if (keys === 'da,en') return [[path, value as Text]];
  return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

const measuresIn = (region: string) => measures.filter((m) => m.regions.includes(region as never));

describe('strategy.json content', () => {
  it('passes the schema (shape and referential integrity)', () => {
    expect(strategy.source.publisher).toBe('Altinget');
    expect(strategy.source.year).toBe(2023);
    expect(strategy.source.authors).toEqual(['Rasmus Lauge Winding', 'Cindy Shummontien Green']);
  });

  it('has unique ids in every list', () => {
    for (const list of [measures, regions, priorities, strategy.sections]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('has every text non-empty in both languages', () => {
    const all = texts(strategy);
    expect(all.length).toBeGreaterThan(100);
    const empty = all.filter(([, t]) => !t.da.trim() || !t.en.trim()).map(([p]) => p);
    expect(empty).toEqual([]);
  });

  it('lists the eight priorities in the source order, numbered 1-8, with short labels', () => {
    expect(priorities.map((p) => p.id)).toEqual([...PRIORITY_IDS]);
    expect(priorities.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const p of priorities) {
      expect(p.label.da.length, p.id).toBeLessThanOrEqual(22);
      expect(p.label.en.length, p.id).toBeLessThanOrEqual(22);
    }
  });

  it('has the three sections with their Danish titles', () => {
    expect(strategy.sections.map((s) => s.title.da)).toEqual([
      'Skærpet sikkerhedssituation i Europa',
      'Globale partnerskaber og allianceopbygning',
      'Et mere robust samfund',
    ]);
  });

  it('covers all 28 measure bullets, each in its section', () => {
    const bullets = new Set(measures.map((m) => m.bullet));
    expect([...bullets].sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    for (const m of measures) {
      const expected =
        m.bullet <= 9 ? 'europe-security' : m.bullet <= 19 ? 'global-partnerships' : 'resilient-society';
      expect(m.section, m.id).toBe(expected);
    }
  });

  it('keeps measures in source order of their bullets', () => {
    const order = measures.map((m) => m.bullet);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists exactly the regions of ids.ts, in that order', () => {
    expect(regions.map((r) => r.id)).toEqual([...REGION_IDS]);
  });

  it.each(NAMED_REGIONS)('has at least one measure for the named region %s', (id) => {
    expect(measuresIn(id).length).toBeGreaterThanOrEqual(1);
  });

  it('has at least one measure for every region in the file', () => {
    expect(regions.filter((r) => measuresIn(r.id).length === 0).map((r) => r.id)).toEqual([]);
  });

  it('has at least one measure for every priority', () => {
    const without = PRIORITY_IDS.filter((p) => !measures.some((m) => m.priorities.includes(p)));
    expect(without).toEqual([]);
  });

  it('names Greenland and the Faroe Islands in the Arctic measure, in both languages', () => {
    const arctic = measuresIn('arctic').filter((m) => m.regions.includes('faroe-islands'));
    expect(arctic.length).toBeGreaterThanOrEqual(1);
    for (const m of arctic) {
      expect(m.text.da).toMatch(/Grønland.*Færøerne/);
      expect(m.text.en).toMatch(/Greenland.*Faroe Islands/);
    }
  });

  it('states in the source note that the priority links are editorial', () => {
    expect(strategy.source.note.en).toMatch(/editorial/);
    expect(strategy.source.note.da).toMatch(/redaktionel/);
  });

  it('is at most 40 KiB gzipped', () => {
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });

  it.skipIf(!sourceExists)(
    sourceExists
      ? 'quotes the source verbatim (title, foreword, priorities, every measure quote)'
      : `SKIPPED verbatim-quote check: source not found at ${sourcePath}`,
    () => {
      const missing = [
        strategy.source.title,
        strategy.introduction.quote,
        ...priorities.map((p) => p.text.da),
        ...measures.map((m) => m.quote),
      ].filter((q) => !source.includes(q));
      expect(missing).toEqual([]);
    },
  );
});
