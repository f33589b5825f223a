/**
 * Schema of public/data/strategy.json (the content derived from the Altinget article; see docs/architecture.md).
 * `parseStrategy` checks the shape with valibot, then referential integrity, and throws one Error
 * listing every problem. Kept small: it ships in the first-load bundle.
 */
import * as v from 'valibot';
import { PRIORITY_IDS, REGION_IDS } from './ids';

export const SECTION_IDS = ['europe-security', 'global-partnerships', 'resilient-society'] as const;
export const REGION_KINDS = ['country', 'country-group', 'subdivision', 'zone', 'global'] as const;

const str = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const unknown = (what: string) => (issue: v.BaseIssue<unknown>) => `unknown ${what} ${issue.received}`;
const priorityId = v.picklist(PRIORITY_IDS, unknown('priority id'));
const regionId = v.picklist(REGION_IDS, unknown('region id'));
const sectionId = v.picklist(SECTION_IDS, unknown('section id'));
const nonEmptyList = <T extends v.GenericSchema>(item: T) =>
  v.pipe(v.array(item), v.minLength(1, 'must list at least one'));

const TextSchema = v.object({ da: str, en: str });

const PrioritySchema = v.object({ id: priorityId, number: int(1, 8), text: TextSchema, label: TextSchema });

const SectionSchema = v.object({ id: sectionId, title: TextSchema });

const RegionSchema = v.object({
  id: regionId,
  name: TextSchema,
  kind: v.picklist(REGION_KINDS, unknown('region kind')),
  parent: v.optional(regionId),
  summary: TextSchema,
});

const MeasureSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase and hyphenated')),
  /** The bullet's number within its section of the article (1-10), as in the source. */
  bullet: int(1, 10),
  section: sectionId,
  text: TextSchema,
  quote: str,
  priorities: nonEmptyList(priorityId),
  regions: nonEmptyList(regionId),
  /** An editors' note shown with the measure, marked as the editors' and not the source's. */
  note: v.optional(TextSchema),
});

const StrategySchema = v.object({
  source: v.object({
    title: str,
    publisher: str,
    authors: nonEmptyList(str),
    /** The article's publication date, ISO 8601 (yyyy-mm-dd). */
    date: v.pipe(v.string(), v.regex(/^\d{4}-\d\d-\d\d$/, 'must be an ISO date')),
    url: v.pipe(v.string(), v.regex(/^https:\/\/\S+$/, 'must be an https address')),
    /** What the article summarises: the strategy itself, named. */
    strategy: TextSchema,
    /** That the quotes are the article's wording, and that the content is as published then. */
    about: TextSchema,
    note: TextSchema,
  }),
  introduction: v.object({ quote: str, attribution: TextSchema, text: TextSchema }),
  priorities: nonEmptyList(PrioritySchema),
  sections: nonEmptyList(SectionSchema),
  regions: nonEmptyList(RegionSchema),
  measures: nonEmptyList(MeasureSchema),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Priority = v.InferOutput<typeof PrioritySchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type Region = v.InferOutput<typeof RegionSchema>;
export type RegionKind = Region['kind'];
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type Strategy = v.InferOutput<typeof StrategySchema>;

/** Problems with ids: duplicates within a list, and references to ids the file does not define. */
function integrityProblems(s: Strategy): string[] {
  const problems: string[] = [];
  const idsOf = (list: { id: string }[], path: string) => {
    const seen = new Set<string>();
    list.forEach(({ id }, i) => {
      if (seen.has(id)) problems.push(`${path}.${i}.id: duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  };
  const priorities = idsOf(s.priorities, 'priorities');
  const sections = idsOf(s.sections, 'sections');
  const regions = idsOf(s.regions, 'regions');
  idsOf(s.measures, 'measures');
  const ref = (set: Set<string>, id: string, path: string, what: string) => {
    if (!set.has(id)) problems.push(`${path}: ${what} "${id}" is not defined in the file`);
  };
  s.regions.forEach((r, i) => {
    if (r.parent === undefined) return;
    if (r.parent === r.id) problems.push(`regions.${i}.parent: "${r.id}" is its own parent`);
    else ref(regions, r.parent, `regions.${i}.parent`, 'parent region');
  });
  s.measures.forEach((m, i) => {
    ref(sections, m.section, `measures.${i}.section`, 'section');
    m.priorities.forEach((p, j) => ref(priorities, p, `measures.${i}.priorities.${j}`, 'priority'));
    m.regions.forEach((r, j) => ref(regions, r, `measures.${i}.regions.${j}`, 'region'));
  });
  return problems;
}

function fail(problems: string[]): never {
  throw new Error(`Invalid strategy content (${problems.length} problem(s)):\n- ${problems.join('\n- ')}`);
}

/** Validates shape and referential integrity; throws an Error listing every problem. */
export function parseStrategy(json: unknown): Strategy {
  const result = v.safeParse(StrategySchema, json);
  if (!result.success) fail(result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`));
  const problems = integrityProblems(result.output);
  if (problems.length > 0) fail(problems);
  return result.output;
}
