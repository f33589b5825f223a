// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStrategy, type Strategy } from './schema';

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../public/data/strategy.json', import.meta.url), 'utf8'),
);

/** A deep copy of the real file, changed by `edit`. */
function variant(edit: (s: Strategy) => void): unknown {
  const copy = structuredClone(raw) as Strategy;
  edit(copy);
  return copy;
}

function messageOf(json: unknown): string {
  try {
    parseStrategy(json);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected parseStrategy to throw');
}

describe('parseStrategy', () => {
  it('accepts the real strategy.json', () => {
    const s = parseStrategy(raw);
    expect(s.priorities).toHaveLength(8);
    expect(s.measures.length).toBeGreaterThan(0);
  });

  it('rejects a duplicate measure id', () => {
    const json = variant((s) => {
      s.measures[1]!.id = s.measures[0]!.id;
    });
    expect(messageOf(json)).toMatch(/measures\.1\.id: duplicate id "ukraine-continued-support"/);
  });

  it('rejects an unknown priority', () => {
    const json = variant((s) => {
      (s.measures[2]!.priorities as string[]).push('world-peace');
    });
    expect(messageOf(json)).toMatch(/measures\.2\.priorities\.1: unknown priority id "world-peace"/);
  });

  it('rejects an unknown region', () => {
    const json = variant((s) => {
      (s.measures[0]!.regions as string[])[0] = 'atlantis';
    });
    expect(messageOf(json)).toMatch(/measures\.0\.regions\.0: unknown region id "atlantis"/);
  });

  it('rejects a measure that points at a region the file does not define', () => {
    const json = variant((s) => {
      s.regions = s.regions.filter((r) => r.id !== 'asean');
      s.regions.forEach((r) => {
        if (r.parent === 'asean') delete r.parent;
      });
    });
    expect(messageOf(json)).toMatch(/regions\.\d+: region "asean" is not defined in the file/);
  });

  it('rejects a dangling parent', () => {
    const json = variant((s) => {
      s.regions = s.regions.filter((r) => r.id !== 'ukraine');
      s.measures.forEach((m) => (m.regions = m.regions.map((r) => (r === 'ukraine' ? 'mykolaiv' : r))));
    });
    expect(messageOf(json)).toMatch(/regions\.0\.parent: parent region "ukraine" is not defined in the file/);
  });

  it('rejects a region that is its own parent', () => {
    const json = variant((s) => {
      s.regions[0]!.parent = s.regions[0]!.id;
    });
    expect(messageOf(json)).toMatch(/regions\.0\.parent: "mykolaiv" is its own parent/);
  });

  it('rejects an empty English text', () => {
    const json = variant((s) => {
      s.measures[3]!.text.en = '  ';
    });
    expect(messageOf(json)).toMatch(/measures\.3\.text\.en: must not be empty/);
  });

  it('rejects a measure without priorities and a bullet out of range, listing both problems', () => {
    const json = variant((s) => {
      s.measures[0]!.priorities = [];
      s.measures[1]!.bullet = 29;
    });
    const message = messageOf(json);
    expect(message).toMatch(/2 problem\(s\)/);
    expect(message).toMatch(/measures\.0\.priorities: must list at least one/);
    expect(message).toMatch(/measures\.1\.bullet:/);
  });

  it('rejects a measure whose section is not defined in the file', () => {
    const json = variant((s) => {
      s.sections = s.sections.filter((x) => x.id !== 'resilient-society');
    });
    expect(messageOf(json)).toMatch(/section "resilient-society" is not defined in the file/);
  });

  it('rejects input that is not an object with a readable message', () => {
    expect(messageOf(null)).toMatch(/^Invalid strategy content/);
  });
});
