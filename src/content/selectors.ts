import type { Lang, PriorityId, RegionId } from './ids';
import { PRIORITY_IDS } from './ids';
import type { RegionDefinitions } from './membership';
import type { Measure, Priority, Region, Section, Strategy } from './schema';
import { buildIndex, search, type SearchIndex } from './search';

/** Pure selectors over the content: what the map, the panel, the chips and the table show. */

export interface Filters {
  region: RegionId | null;
  priorities: readonly PriorityId[];
  q: string;
}

interface Indexes {
  measures: SearchIndex;
  regions: SearchIndex;
  children: Map<RegionId, RegionId[]>;
}

const indexCache = new WeakMap<Strategy, Indexes>();

/** Search indexes and the region tree, built once per loaded content. */
function indexes(strategy: Strategy): Indexes {
  let cached = indexCache.get(strategy);
  if (!cached) {
    const names = new Map(strategy.regions.map((r) => [r.id, r.name]));
    const children = new Map<RegionId, RegionId[]>();
    for (const r of strategy.regions) {
      if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r.id]);
    }
    cached = {
      measures: buildIndex(
        strategy.measures.map((m) => ({
          id: m.id,
          texts: [m.text.da, m.text.en, m.quote, ...m.regions.flatMap((id) => textsOf(names.get(id)))],
        })),
      ),
      regions: buildIndex(
        strategy.regions.map((r) => ({ id: r.id, texts: [...textsOf(r.name), ...textsOf(r.summary)] })),
      ),
      children,
    };
    indexCache.set(strategy, cached);
  }
  return cached;
}

function textsOf(text: { da: string; en: string } | undefined): string[] {
  return text ? [text.da, text.en] : [];
}

/** A region and every region nested in it (Ukraine includes Mykolaiv). */
export function regionScope(strategy: Strategy, region: RegionId): Set<RegionId> {
  const { children } = indexes(strategy);
  const scope = new Set<RegionId>([region]);
  for (const id of scope) for (const child of children.get(id) ?? []) scope.add(child);
  return scope;
}

/**
 * Regions that contain a region: its parents in the content, the regions its definition says it is
 * part of (Greenland: the Arctic), then those whose members include all of its own.
 */
export function containingRegions(
  strategy: Strategy,
  region: RegionId,
  definitions: RegionDefinitions,
): RegionId[] {
  const result: RegionId[] = [];
  const byId = new Map(strategy.regions.map((r) => [r.id, r]));
  for (let parent = byId.get(region)?.parent; parent; parent = byId.get(parent)?.parent) result.push(parent);
  for (const id of definitions[region]?.partOf ?? []) if (!result.includes(id)) result.push(id);
  const own = definitions[region]?.members ?? [];
  for (const r of strategy.regions) {
    const theirs = definitions[r.id]?.members ?? [];
    if (r.id === region || result.includes(r.id) || own.length === 0 || theirs.length <= own.length) continue;
    if (own.every((code) => theirs.includes(code))) result.push(r.id);
  }
  return result;
}

export function matchesPriorities(measure: Measure, priorities: readonly PriorityId[]): boolean {
  return priorities.length === 0 || measure.priorities.some((p) => priorities.includes(p));
}

/** Measure ids matching the search text, best first; null when there is no search. */
export function searchMeasures(strategy: Strategy, q: string): string[] | null {
  if (q.trim() === '') return null;
  return search(indexes(strategy).measures, q);
}

/** Regions whose name or summary match the search text. */
export function searchRegions(strategy: Strategy, q: string): RegionId[] {
  if (q.trim() === '') return [];
  const ids = new Set(search(indexes(strategy).regions, q));
  return strategy.regions.filter((r) => ids.has(r.id)).map((r) => r.id);
}

/**
 * The measures that pass every filter: region (with nested regions) AND any chosen priority AND
 * the search text. With a search, ordered by relevance; otherwise in the source's order.
 */
export function visibleMeasures(strategy: Strategy, filters: Filters): Measure[] {
  const scope = filters.region ? regionScope(strategy, filters.region) : null;
  const ranked = searchMeasures(strategy, filters.q);
  const pass = (m: Measure) =>
    (!scope || m.regions.some((r) => scope.has(r))) && matchesPriorities(m, filters.priorities);
  if (!ranked) return strategy.measures.filter(pass);
  const byId = new Map(strategy.measures.map((m) => [m.id, m]));
  return ranked.map((id) => byId.get(id)).filter((m): m is Measure => m !== undefined && pass(m));
}

/** For each region: how many measures pass the priority and search filters (nested regions included). */
export function countByRegion(strategy: Strategy, filters: Omit<Filters, 'region'>): Map<RegionId, number> {
  const matching = visibleMeasures(strategy, { ...filters, region: null });
  const counts = new Map<RegionId, number>();
  for (const region of strategy.regions) {
    const scope = regionScope(strategy, region.id);
    counts.set(region.id, matching.filter((m) => m.regions.some((r) => scope.has(r))).length);
  }
  return counts;
}

/** For each priority: how many measures pass the region and search filters. */
export function countByPriority(
  strategy: Strategy,
  filters: Omit<Filters, 'priorities'>,
): Map<PriorityId, number> {
  const inScope = visibleMeasures(strategy, { ...filters, priorities: [] });
  return new Map(PRIORITY_IDS.map((p) => [p, inScope.filter((m) => m.priorities.includes(p)).length]));
}

/** Region x priority counts for the overview table (search applies; the priority filter does not). */
export function regionPriorityTable(
  strategy: Strategy,
  q: string,
): { region: Region; counts: Map<PriorityId, number>; total: number }[] {
  return strategy.regions.map((region) => {
    const inRegion = visibleMeasures(strategy, { region: region.id, priorities: [], q });
    return {
      region,
      counts: new Map(PRIORITY_IDS.map((p) => [p, inRegion.filter((m) => m.priorities.includes(p)).length])),
      total: inRegion.length,
    };
  });
}

/**
 * Measures grouped under a priority, in the priorities' order. Each measure appears once, under the
 * first of its priorities that is chosen (or its first priority when none is chosen).
 */
export function groupByPriority(
  measures: readonly Measure[],
  priorities: readonly Priority[],
  chosen: readonly PriorityId[],
): { priority: Priority; measures: Measure[] }[] {
  const groups = new Map<PriorityId, Measure[]>();
  for (const m of measures) {
    const key = m.priorities.find((p) => chosen.length === 0 || chosen.includes(p)) ?? m.priorities[0];
    if (key) groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return priorities
    .filter((p) => groups.has(p.id))
    .map((priority) => ({ priority, measures: groups.get(priority.id) ?? [] }));
}

/** Regions lit on the map: those with at least one measure passing the priority and search filters. */
export function litRegions(counts: ReadonlyMap<RegionId, number>): Set<RegionId> {
  return new Set([...counts].filter(([, n]) => n > 0).map(([id]) => id));
}

/** How the app names its source, everywhere it cites it (panel, print, export). */
export function sourceCitation(source: Strategy['source'], lang: Lang = 'da'): string {
  return `${source.authors.join(' & ')}, «${source.title}», ${source.publisher}, ${formatDate(source.date, lang)}, ${source.url}`;
}

/** One formatter per language: making one costs about a millisecond, and every measure card cites. */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** "16. maj 2023" / "16 May 2023" from an ISO date (read as a calendar date, not a moment). */
export function formatDate(iso: string, lang: Lang): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** How many bullets a section of the article has (every bullet carries at least one measure). */
export function bulletsInSection(strategy: Strategy, section: Section['id']): number {
  return Math.max(0, ...strategy.measures.filter((m) => m.section === section).map((m) => m.bullet));
}
