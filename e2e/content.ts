import { readFileSync } from 'node:fs';

/** The content as shipped, read by the journeys to compute what the UI must show. */
export interface ContentFile {
  regions: { id: string; name: { da: string; en: string }; parent?: string; kind: string }[];
  priorities: {
    id: string;
    number: number;
    label: { da: string; en: string };
    text: { da: string; en: string };
  }[];
  measures: {
    id: string;
    text: { da: string; en: string };
    quote: string;
    priorities: string[];
    regions: string[];
  }[];
}

export const content = JSON.parse(
  readFileSync(new URL('../public/data/strategy.json', import.meta.url), 'utf8'),
) as ContentFile;

export function regionName(id: string, lang: 'da' | 'en' = 'da'): string {
  const region = content.regions.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return region.name[lang];
}

/** A region and its nested regions, by the content's parent links. */
export function scopeOf(id: string): Set<string> {
  const scope = new Set([id]);
  for (const s of scope) for (const r of content.regions) if (r.parent === s) scope.add(r.id);
  return scope;
}

export function measuresOf(region: string, priorities: string[] = []) {
  const scope = scopeOf(region);
  return content.measures.filter(
    (m) =>
      m.regions.some((r) => scope.has(r)) &&
      (priorities.length === 0 || m.priorities.some((p) => priorities.includes(p))),
  );
}

export function priorityText(id: string, lang: 'da' | 'en' = 'da'): string {
  const priority = content.priorities.find((p) => p.id === id);
  if (!priority) throw new Error(`no priority ${id}`);
  return priority.text[lang];
}

/** Measures with a word starting with `prefix` (case-insensitive) in either language or the quote. */
export function measuresMentioning(prefix: string) {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])${prefix}`, 'iu');
  return content.measures.filter((m) => [m.text.da, m.text.en, m.quote].some((t) => word.test(t)));
}

/** The region definitions and country names the panels show (geo/regions.json, src/content/countries.json). */
interface RegionDefinitionFile {
  members: string[];
  definition: { da: string; en: string };
  reason?: { da: string; en: string };
}
const definitions = JSON.parse(
  readFileSync(new URL('../geo/regions.json', import.meta.url), 'utf8'),
) as Record<string, RegionDefinitionFile>;
const countryNames = JSON.parse(
  readFileSync(new URL('../src/content/countries.json', import.meta.url), 'utf8'),
) as Record<string, { da: string; en: string }>;

export function regionDefinition(id: string): RegionDefinitionFile {
  const found = definitions[id];
  if (!found) throw new Error(`no definition for ${id}`);
  return found;
}

/** A region's member countries by name, in the language's alphabetical order. */
export function memberNamesOf(id: string, lang: 'da' | 'en'): string[] {
  return regionDefinition(id)
    .members.map((code) => countryNames[code]?.[lang] ?? code)
    .sort((a, b) => a.localeCompare(b, lang));
}
