import type { Lang, PriorityId, RegionId } from '../content/ids';
import type { Measure, Strategy } from '../content/schema';
import { groupByPriority } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { PriorityBadge } from '../ui/PriorityBadge';
import { MeasureCard } from './MeasureCard';

interface MeasureGroupsProps {
  measures: readonly Measure[];
  strategy: Strategy;
  chosen: readonly PriorityId[];
  lang: Lang;
  strings: Strings;
  query: string;
  hideRegion?: RegionId;
}

/** Measures grouped under the priority they serve, with the priority's number, colour and label. */
export function MeasureGroups({
  measures,
  strategy,
  chosen,
  lang,
  strings,
  query,
  hideRegion,
}: MeasureGroupsProps) {
  return (
    <>
      {groupByPriority(measures, strategy.priorities, chosen).map(({ priority, measures: group }) => (
        <section key={priority.id} className="measure-group" aria-labelledby={`group-${priority.id}`}>
          <h3 id={`group-${priority.id}`} className="measure-group-heading">
            <PriorityBadge priority={priority} lang={lang} full />
            <span className="count"> · {strings.measureCount(group.length)}</span>
          </h3>
          <ul className="measure-list">
            {group.map((m) => (
              <MeasureCard
                key={m.id}
                measure={m}
                strategy={strategy}
                lang={lang}
                strings={strings}
                query={query}
                hidePriority={priority.id}
                hideRegion={hideRegion}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
