import type { MouseEvent } from 'react';
import type { Lang, PriorityId, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import { regionPriorityTable } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { markInput, MARKS } from '../lib/perf';
import { openRegionWithPriority, useAppStore } from '../state/store';
import { serializeUrl } from '../state/url';
import { PrioritySwatch } from '../ui/PriorityBadge';

interface OverviewTableProps {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
}

/** The whole strategy as a region x priority table: the accessible alternative to the map. */
export default function OverviewTable({ strategy, lang, strings }: OverviewTableProps) {
  const q = useAppStore((s) => s.q);
  const urlLang = useAppStore((s) => s.lang);
  const rows = regionPriorityTable(strategy, q);

  const open = (e: MouseEvent<HTMLAnchorElement>, region: RegionId, priority: PriorityId) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    markInput(MARKS.regionInput, e);
    openRegionWithPriority(region, priority);
  };

  return (
    <div className="table-wrap">
      <table className="overview-table">
        <caption>{strings.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.tableRegion}</th>
            {strategy.priorities.map((p) => (
              <th scope="col" key={p.id} title={p.text[lang]}>
                <PrioritySwatch priority={p} />
                <span className="th-label">{p.label[lang]}</span>
              </th>
            ))}
            <th scope="col">{strings.tableTotal}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ region, counts, total }) => (
            <tr key={region.id} data-region={region.id}>
              <th scope="row">{region.name[lang]}</th>
              {strategy.priorities.map((p) => {
                const n = counts.get(p.id) ?? 0;
                return (
                  <td key={p.id} data-priority={p.id}>
                    {n === 0 ? (
                      <span className="zero">0</span>
                    ) : (
                      <a
                        href={
                          serializeUrl({
                            region: region.id,
                            priorities: [p.id],
                            q: '',
                            lang: urlLang,
                            view: null,
                          }) || '?'
                        }
                        aria-label={strings.tableCellLabel(n, region.name[lang], p.label[lang])}
                        onClick={(e) => open(e, region.id, p.id)}
                      >
                        {n}
                      </a>
                    )}
                  </td>
                );
              })}
              <td className="total">{total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
