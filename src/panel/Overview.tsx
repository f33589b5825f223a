import type { Lang, PriorityId, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import { useQuery } from '@tanstack/react-query';
import { membershipQuery } from '../content/membership';
import { countByPriority, formatDate, visibleMeasures } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { markInput, MARKS, PANEL_TEXT } from '../lib/perf';
import { selectRegion } from '../state/store';
import { PriorityBadge } from '../ui/PriorityBadge';
import { MeasureGroups } from './MeasureGroups';

interface OverviewProps {
  strategy: Strategy;
  counts: ReadonlyMap<RegionId, number>;
  priorities: readonly PriorityId[];
  q: string;
  lang: Lang;
  strings: Strings;
}

/** Nothing selected: the foreword's context, the eight priorities, every region, and the measures without a place. */
export function Overview({ strategy, counts, priorities, q, lang, strings }: OverviewProps) {
  const priorityCounts = countByPriority(strategy, { region: null, q });
  const globalMeasures = visibleMeasures(strategy, { region: 'global', priorities, q });
  const placed = strategy.regions.filter((r) => r.kind !== 'global');
  const globalDefinition = useQuery(membershipQuery).data?.regions.global?.definition[lang];
  const { source } = strategy;

  return (
    <article className="overview" aria-labelledby="panel-heading">
      <h2 id="panel-heading" elementtiming={PANEL_TEXT} tabIndex={-1}>
        {strings.introHeading}
      </h2>
      <p>{strategy.introduction.text[lang]}</p>
      <figure className="intro-quote">
        <blockquote lang="da">“{strategy.introduction.quote}”</blockquote>
        <figcaption>{strategy.introduction.attribution[lang]}</figcaption>
      </figure>

      <section aria-labelledby="regions-heading">
        <h3 id="regions-heading">{strings.regionsHeading}</h3>
        <ul className="region-list">
          {placed.map((r) => {
            const n = counts.get(r.id) ?? 0;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className={`region-list-button${n === 0 ? ' is-dimmed' : ''}`}
                  data-region-button={r.id}
                  onClick={(e) => {
                    markInput(MARKS.regionInput, e);
                    selectRegion(r.id);
                  }}
                >
                  <span>{r.name[lang]}</span>
                  <span className="count">{strings.measureCount(n)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="priorities-heading">
        <h3 id="priorities-heading">{strings.prioritiesHeading}</h3>
        <ol className="priority-list">
          {strategy.priorities.map((p) => {
            const n = priorityCounts.get(p.id) ?? 0;
            return (
              <li key={p.id}>
                <PriorityBadge priority={p} lang={lang} full />
                <span className="count">
                  {' · '}
                  {n === 0 && q === '' ? strings.noMeasureForPriority : strings.measureCount(n)}
                </span>
              </li>
            );
          })}
        </ol>
        <p className="editorial-note">{strategy.source.note[lang]}</p>
      </section>

      <section aria-labelledby="global-heading">
        <h3 id="global-heading">{strings.globalHeading}</h3>
        {globalDefinition && <p className="region-definition">{globalDefinition}</p>}
        {globalMeasures.length === 0 ? (
          <p className="empty">{strings.noMeasures}</p>
        ) : (
          <MeasureGroups
            measures={globalMeasures}
            strategy={strategy}
            chosen={priorities}
            lang={lang}
            strings={strings}
            query={q}
            hideRegion="global"
          />
        )}
      </section>

      <section aria-labelledby="about-source-heading" className="about-source">
        <h3 id="about-source-heading">{strings.aboutSourceHeading}</h3>
        <p>
          {source.authors.join(' & ')}, «<a href={source.url}>{source.title}</a>», {source.publisher},{' '}
          <time dateTime={source.date}>{formatDate(source.date, lang)}</time>. {strings.summarisesLabel}:{' '}
          {source.strategy[lang]}.
        </p>
        <p>{source.about[lang]}</p>
      </section>
    </article>
  );
}
