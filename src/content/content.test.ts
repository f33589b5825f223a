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
// STRATEGY_SOURCE points elsewhere (e.g. to try the skip: STRATEGY_SOURCE=/nonexistent npx vitest run ...).
const sourcePath =
  process.env.STRATEGY_SOURCE ?? resolve(repoRoot, '../shared/source/strategy-article.da.txt');
const sourceExists = existsSync(sourcePath);
const source = sourceExists ? readFileSync(sourcePath, 'utf8') : '';
if (!sourceExists) {
  console.warn(
    `content.test: ${sourcePath} not found; SKIPPING every check against the source (see the skipped tests)`,
  );
}

/**
 * The source's own slips, as the content must quote them: each marked [sic] right after the slip.
 * A quote that contains the unmarked words must carry the mark; no other [sic] may appear.
 */
const SLIPS = [
  'i i [sic] Baltikum',
  'yde støtte [sic] EU’s',
  'agressionskrig [sic]',
  'skal været [sic]',
  'Sammenslutningen for [sic] Sydøstasiatiske',
  'Indo-Stillehavsregion [sic] i stigende',
  'Geopolitiske [sic] virksomhedsrådgivning',
  'Frihandelsaftale [sic] skal',
] as const;
const SIC = ' [sic]';
/** Whitespace compared as one space: the source has no-break spaces where the content has spaces. */
const squash = (text: string) => text.replace(/\s+/gu, ' ');
const unmarked = (text: string) => squash(text.split(SIC).join(''));
/** A quote's parts: a cut inside a quote is marked " […] ". */
const quoteParts = (quote: string) => unmarked(quote).split(' […] ');

/** Every text the content presents as the source's own words. */
const quotedTexts = () => [
  strategy.source.title,
  strategy.introduction.quote,
  ...priorities.map((p) => p.text.da),
  ...measures.map((m) => m.quote),
];

/** The article's bullets: section title (Danish) and number within it; the eight priorities apart. */
function sourceBullets(text: string, sectionTitles: string[]) {
  const bullets: { section: string; number: number; text: string }[] = [];
  const priorityLines: string[] = [];
  let section = '';
  let inPriorities = false;
  for (const raw of text.split('\n')) {
    const line = squash(raw).trim();
    if (sectionTitles.includes(line)) section = line;
    else if (line === 'De otte pejlemærker for dansk udenrigspolitik') inPriorities = true;
    else if (line === '') inPriorities = false;
    else if (line.startsWith('• ')) {
      const body = line.slice(2);
      if (inPriorities) priorityLines.push(body);
      else
        bullets.push({
          section,
          number: bullets.filter((b) => b.section === section).length + 1,
          text: body,
        });
    }
  }
  return { bullets, priorityLines };
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
  it('passes the schema and cites the article with its authors, date and address', () => {
    expect(strategy.source.publisher).toBe('Altinget');
    expect(strategy.source.date).toBe('2023-05-16');
    expect(strategy.source.url).toBe(
      'https://www.altinget.dk/artikel/her-er-danmarks-nye-udenrigs-og-sikkerhedspolitiske-strategi',
    );
    expect(strategy.source.authors).toEqual(['Rasmus Lauge Winding', 'Cindy Shummontien Green']);
    expect(strategy.source.strategy.da).toContain('Udenrigs- og sikkerhedspolitisk strategi');
    expect(strategy.source.strategy.en).toContain('Foreign and Security Policy Strategy');
  });

  it("says the quotes are Altinget's wording and the content is as published in May 2023", () => {
    expect(strategy.source.about.da).toMatch(/Altingets ordlyd/);
    expect(strategy.source.about.da).toMatch(/maj 2023/);
    expect(strategy.source.about.en).toMatch(/Altinget's wording/);
    expect(strategy.source.about.en).toMatch(/May 2023/);
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

  it('numbers bullets within their section: 28 bullets, each section numbered 1..n without gaps', () => {
    const total = strategy.sections.reduce((n, section) => {
      const numbers = [...new Set(measures.filter((m) => m.section === section.id).map((m) => m.bullet))];
      expect(
        numbers.sort((a, b) => a - b),
        section.id,
      ).toEqual(numbers.map((_, i) => i + 1));
      return n + numbers.length;
    }, 0);
    expect(total).toBe(28);
  });

  it('keeps measures in source order: by section, then bullet', () => {
    const sectionIndex = (id: string) => strategy.sections.findIndex((s) => s.id === id);
    const order = measures.map((m) => sectionIndex(m.section) * 100 + m.bullet);
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

  it('leaves empty only the priority no measure fits (4, the global consequences), rather than padding it', () => {
    const without = PRIORITY_IDS.filter((p) => !measures.some((m) => m.priorities.includes(p)));
    expect(without).toEqual(['war-consequences']);
  });

  it('renders priority 7 "styrkepositioner" as areas of strength, not strongholds or "the green field"', () => {
    const p7 = priorities.find((p) => p.number === 7)!;
    expect(p7.text.en).toMatch(/areas of strength/);
    expect(p7.label.en).toBe('Areas of strength');
    const english = texts(strategy)
      .map(([, t]) => t.en)
      .join('\n');
    expect(english).not.toMatch(/stronghold|green field/i);
  });

  it('keeps the modality of the source in the sentences the review found', () => {
    const text = (id: string) => measures.find((m) => m.id === id)!.text;
    expect(text('russia-isolation').da).toContain('Danmark kan bidrage hertil');
    expect(text('russia-isolation').en).toContain('Denmark can contribute');
    expect(text('ukraine-fund').da).toContain('er med til at facilitere');
    expect(text('nordic-security-cooperation').da).toContain('et ansvar for');
    expect(text('nordic-security-cooperation').en).toContain('has a responsibility');
    expect(text('mykolaiv-reconstruction').en).toContain('in particular on Mykolaiv');
    expect(text('defence-industry-cooperation').da).toContain('Det vil sikre');
    expect(text('authority-cooperation-green-transition').da).toContain('myndighedssamarbejder, der fremmer');
    const russia = regions.find((r) => r.id === 'russia')!.summary;
    expect(russia.da).toContain('Danmark kan bidrage hertil');
    expect(russia.da).not.toMatch(/Danmark (bidrager|støtter)/);
  });

  it('names the region of Moldova and Georgia for what it is', () => {
    const region = regions.find((r) => r.id === 'eastern-neighbourhood')!;
    expect(region.name).toEqual({ da: 'Moldova og Georgien', en: 'Moldova and Georgia' });
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
});

const ARCTIC_COUNCIL = 'Derudover er samarbejdet i Arktisk Råd uafbrudt indtil videre.';

describe('the Arctic Council sentence', () => {
  const arctic = measures.filter((m) => m.regions.includes('arctic') && m.quote.includes(ARCTIC_COUNCIL));

  it('is quoted verbatim in the Arctic measure and in the Arctic summary', () => {
    expect(arctic.map((m) => m.id)).toEqual(['arctic-low-tension']);
    expect(arctic[0]!.text.da).toContain(`«${ARCTIC_COUNCIL}»`);
    expect(arctic[0]!.text.en).toContain(`«${ARCTIC_COUNCIL}»`);
    expect(regions.find((r) => r.id === 'arctic')!.summary.da).toContain(`«${ARCTIC_COUNCIL}»`);
  });

  it('is rendered literally in English, with an editors\' note on "uafbrudt" in both languages', () => {
    const m = arctic[0]!;
    expect(m.text.en).toContain(
      'In addition, cooperation in the Arctic Council is uninterrupted for the time being.',
    );
    expect(m.note?.da).toMatch(/«uafbrudt».*uklart/);
    expect(m.note?.en).toMatch(/«uafbrudt» \(uninterrupted\) is unclear/);
  });

  it('comes with the full bullet as the quote, so the quote supports the Russia and China sentence', () => {
    expect(arctic[0]!.quote).toContain(
      'Rusland har store interesser i Arktis, men Kina har langsigtede interesser',
    );
    expect(arctic[0]!.text.da).toContain('Rusland har store interesser i Arktis, men Kina');
  });
});

describe('[sic] marks', () => {
  it('mark every slip of the source inside a quote, and nothing else', () => {
    const all = quotedTexts();
    for (const slip of SLIPS) {
      const plain = unmarked(slip);
      for (const text of all) {
        if (unmarked(text).includes(plain)) expect(squash(text), `unmarked slip "${plain}"`).toContain(slip);
      }
    }
    const marks = all.reduce((n, t) => n + t.split(SIC).length - 1, 0);
    const slipsFound = SLIPS.reduce((n, slip) => n + all.filter((t) => squash(t).includes(slip)).length, 0);
    expect(marks).toBe(slipsFound);
    expect(slipsFound).toBe(SLIPS.length);
  });

  it("appear only in the source's words, never in the app's own sentences", () => {
    // The priorities' Danish texts are quotes; source.about explains the mark itself.
    const own = texts(strategy).flatMap(([path, t]) =>
      path === 'source.about'
        ? []
        : path.startsWith('priorities') && path.endsWith('.text')
          ? [t.en]
          : [t.da, t.en],
    );
    expect(own.filter((t) => t.includes('[sic]'))).toEqual([]);
  });
});

describe.skipIf(!sourceExists)(
  sourceExists
    ? 'against the source article'
    : `SKIPPED: the source article is not at ${sourcePath}; quotes and bullet numbers are NOT checked`,
  () => {
    const squashed = squash(source);
    const { bullets, priorityLines } = sourceBullets(
      source,
      strategy.sections.map((s) => s.title.da),
    );

    it('has the structure the numbering assumes: 9, 10 and 9 bullets per section, and 8 priorities', () => {
      const count = (id: string) =>
        bullets.filter((b) => b.section === strategy.sections.find((s) => s.id === id)!.title.da).length;
      expect(count('europe-security')).toBe(9);
      expect(count('global-partnerships')).toBe(10);
      expect(count('resilient-society')).toBe(9);
      expect(priorityLines).toHaveLength(8);
    });

    it('quotes the source verbatim (title, foreword, priorities, every measure quote), [sic] and […] handled', () => {
      const missing = quotedTexts().filter((q) => quoteParts(q).some((part) => !squashed.includes(part)));
      expect(missing).toEqual([]);
    });

    it('quotes the eight priorities in order, each a whole line of the source', () => {
      expect(priorities.map((p) => unmarked(p.text.da))).toEqual(priorityLines);
    });

    it('numbers each measure by the section and bullet its quote comes from', () => {
      const wrong = measures.flatMap((m) => {
        const parts = quoteParts(m.quote);
        const bullet = bullets.find((b) => parts.every((part) => b.text.includes(part)));
        const section = strategy.sections.find((s) => s.id === m.section)!.title.da;
        const where = bullet ? `${bullet.section} ${bullet.number}` : 'no single bullet';
        return where === `${section} ${m.bullet}` ? [] : [`${m.id}: ${section} ${m.bullet}, source ${where}`];
      });
      expect(wrong).toEqual([]);
    });

    it('carries every bullet of the source in at least one measure', () => {
      const carried = new Set(measures.map((m) => `${m.section} ${m.bullet}`));
      expect(carried.size).toBe(bullets.length);
    });
  },
);
