import type { Lang } from '../content/ids';
import type { Measure, Strategy } from '../content/schema';
import { sourceCitation } from '../content/selectors';

/** What the reader sees, as data: the filtered measures with their source citations. */

function citation(strategy: Strategy): string {
  return sourceCitation(strategy.source);
}

function rows(strategy: Strategy, measures: readonly Measure[], lang: Lang) {
  const priority = new Map(strategy.priorities.map((p) => [p.id, p]));
  const region = new Map(strategy.regions.map((r) => [r.id, r]));
  const section = new Map(strategy.sections.map((s) => [s.id, s]));
  return measures.map((m) => ({
    id: m.id,
    text: m.text[lang],
    priorities: m.priorities.map(
      (id) => `${priority.get(id)?.number ?? ''} ${priority.get(id)?.label[lang] ?? id}`,
    ),
    regions: m.regions.map((id) => region.get(id)?.name[lang] ?? id),
    section: section.get(m.section)?.title[lang] ?? m.section,
    bullet: m.bullet,
    quote: m.quote,
  }));
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like starts are defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function measuresToCsv(
  strategy: Strategy,
  measures: readonly Measure[],
  lang: Lang,
  link: string,
): string {
  const header = ['id', 'text', 'priorities', 'regions', 'section', 'bullet', 'quote_da', 'source', 'link'];
  const cite = citation(strategy);
  const lines = rows(strategy, measures, lang).map((r) =>
    [r.id, r.text, r.priorities.join('; '), r.regions.join('; '), r.section, r.bullet, r.quote, cite, link]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function measuresToJson(
  strategy: Strategy,
  measures: readonly Measure[],
  lang: Lang,
  link: string,
): string {
  const data = {
    source: { ...strategy.source, note: strategy.source.note[lang], citation: citation(strategy) },
    link,
    lang,
    measures: rows(strategy, measures, lang),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

export function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
