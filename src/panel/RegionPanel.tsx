import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Lang, PriorityId, RegionId } from '../content/ids';
import type { Strategy } from '../content/schema';
import { membershipQuery } from '../content/membership';
import { containingRegions, visibleMeasures } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { markAfterNextFrame, MARKS, PANEL_TEXT } from '../lib/perf';
import { selectRegion, useAppStore } from '../state/store';
import { MeasureGroups } from './MeasureGroups';
import { RegionDefinition } from './RegionDefinition';

interface RegionPanelProps {
  strategy: Strategy;
  region: RegionId;
  priorities: readonly PriorityId[];
  q: string;
  lang: Lang;
  strings: Strings;
}

/** A selected region: its summary, its measures by priority, the regions it is part of, its definition. */
export default function RegionPanel({ strategy, region, priorities, q, lang, strings }: RegionPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pointerOverlaps = useAppStore((s) => s.pointerOverlaps);
  const regionInfo = useQuery(membershipQuery).data;
  const info = strategy.regions.find((r) => r.id === region);

  useEffect(() => {
    headingRef.current?.focus();
    markAfterNextFrame(MARKS.panelUpdated);
  }, [region]);

  if (!info) return null;
  const all = visibleMeasures(strategy, { region, priorities: [], q: '' });
  const shown = visibleMeasures(strategy, { region, priorities, q });
  const hidden = all.length - shown.length;
  const pointed = pointerOverlaps?.region === region ? pointerOverlaps.others : [];
  const alsoPartOf = [
    ...new Set([...containingRegions(strategy, region, regionInfo?.regions ?? {}), ...pointed]),
  ];
  const nameOf = (id: RegionId) => strategy.regions.find((r) => r.id === id)?.name[lang] ?? id;

  return (
    <article className="region-panel" aria-labelledby="panel-heading">
      <div className="panel-title-row">
        <h2 id="panel-heading" elementtiming={PANEL_TEXT} ref={headingRef} tabIndex={-1}>
          {info.name[lang]}
        </h2>
        <button
          type="button"
          className="close-button"
          aria-label={strings.closePanel}
          onClick={() => selectRegion(null)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="region-summary">{info.summary[lang]}</p>
      <p className="region-count">
        {strings.measureCount(shown.length)}
        {hidden > 0 && <span className="hidden-count"> · {strings.hiddenByFilter(hidden)}</span>}
      </p>
      {alsoPartOf.length > 0 && (
        <nav className="also-part-of" aria-label={strings.alsoPartOf}>
          <h3>{strings.alsoPartOf}</h3>
          <ul>
            {alsoPartOf.map((id) => (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => selectRegion(id)}>
                  {nameOf(id)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <h3 className="visually-hidden">{strings.measuresHeading}</h3>
      {shown.length === 0 ? (
        <p className="empty">{strings.noMeasures}</p>
      ) : (
        <MeasureGroups
          measures={shown}
          strategy={strategy}
          chosen={priorities}
          lang={lang}
          strings={strings}
          query={q}
          hideRegion={region}
        />
      )}
      {/* After the measures: on a phone the half-height sheet shows the summary and first measure. */}
      {regionInfo && <RegionDefinition region={region} info={regionInfo} lang={lang} strings={strings} />}
      <p className="editorial-note">{strategy.source.note[lang]}</p>
    </article>
  );
}
