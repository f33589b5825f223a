import type { Lang, PriorityId } from '../content/ids';
import type { Strategy } from '../content/schema';
import { searchRegions, visibleMeasures } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { selectRegion } from '../state/store';
import { Highlighted } from '../ui/Highlighted';
import { MeasureCard } from './MeasureCard';
import { PANEL_TEXT } from '../lib/perf';

interface SearchResultsProps {
  strategy: Strategy;
  priorities: readonly PriorityId[];
  q: string;
  lang: Lang;
  strings: Strings;
}

/** A search without a selected region: matching measures, best first, and the regions whose texts match. */
export default function SearchResults({ strategy, priorities, q, lang, strings }: SearchResultsProps) {
  const measures = visibleMeasures(strategy, { region: null, priorities, q });
  const regions = searchRegions(strategy, q);
  return (
    <article className="search-results" aria-labelledby="panel-heading">
      <h2 id="panel-heading" elementtiming={PANEL_TEXT} tabIndex={-1}>
        {strings.searchResults(measures.length)}
      </h2>
      {regions.length > 0 && (
        <nav aria-label={strings.regionsHeading}>
          <h3>{strings.regionsHeading}</h3>
          <ul className="chip-list">
            {strategy.regions
              .filter((r) => regions.includes(r.id) && r.kind !== 'global')
              .map((r) => (
                <li key={r.id}>
                  <button type="button" className="link-button" onClick={() => selectRegion(r.id)}>
                    <Highlighted text={r.name[lang]} query={q} />
                  </button>
                </li>
              ))}
          </ul>
        </nav>
      )}
      {measures.length === 0 ? (
        <p className="empty">{strings.searchNone}</p>
      ) : (
        <ul className="measure-list">
          {measures.map((m) => (
            <MeasureCard key={m.id} measure={m} strategy={strategy} lang={lang} strings={strings} query={q} />
          ))}
        </ul>
      )}
    </article>
  );
}
