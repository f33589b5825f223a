import type { Lang, PriorityId, RegionId } from '../content/ids';
import type { Measure, Strategy } from '../content/schema';
import type { Strings } from '../i18n/strings';
import { bulletsInSection, sourceCitation } from '../content/selectors';
import { Highlighted } from '../ui/Highlighted';
import { PriorityBadge } from '../ui/PriorityBadge';
import { selectRegion } from '../state/store';

interface MeasureCardProps {
  measure: Measure;
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
  query: string;
  /** Priorities not to repeat on the card (the group it stands under). */
  hidePriority?: PriorityId;
  /** Region not to repeat as a link (the one whose panel this is). */
  hideRegion?: RegionId;
}

/** One measure: its text, its priorities and places, and on demand the source's own words. */
export function MeasureCard({
  measure,
  strategy,
  lang,
  strings,
  query,
  hidePriority,
  hideRegion,
}: MeasureCardProps) {
  const section = strategy.sections.find((s) => s.id === measure.section);
  const priorities = strategy.priorities.filter(
    (p) => measure.priorities.includes(p.id) && p.id !== hidePriority,
  );
  const regions = strategy.regions.filter((r) => measure.regions.includes(r.id) && r.id !== hideRegion);
  return (
    <li className="measure" data-measure={measure.id}>
      <p className="measure-text">
        <Highlighted text={measure.text[lang]} query={query} />
      </p>
      {(priorities.length > 0 || regions.length > 0) && (
        <ul className="measure-tags">
          {priorities.map((p) => (
            <li key={p.id}>
              <PriorityBadge priority={p} lang={lang} />
            </li>
          ))}
          {regions.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button region-link" onClick={() => selectRegion(r.id)}>
                {r.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {measure.note && (
        <p className="editorial-note measure-note">
          <strong>{strings.editorsNote}</strong> {measure.note[lang]}
        </p>
      )}
      <details className="measure-source">
        <summary>{strings.showQuote}</summary>
        <blockquote lang="da">
          <Highlighted text={`“${measure.quote}”`} query={query} />
        </blockquote>
        <p className="measure-citation">
          {strings.sourceLabel}: {sourceCitation(strategy.source, lang)}.{' '}
          {section ? `${section.title[lang]}, ` : ''}
          {strings.bulletOf(measure.bullet, bulletsInSection(strategy, measure.section))}.{' '}
          {strings.quoteIsAltinget} {strings.summarisesLabel}: {strategy.source.strategy[lang]}.
        </p>
      </details>
    </li>
  );
}
