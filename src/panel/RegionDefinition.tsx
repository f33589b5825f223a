import type { Lang, RegionId } from '../content/ids';
import type { RegionInfo } from '../content/membership';
import type { Strings } from '../i18n/strings';

/** Lists longer than this start folded (the EU, Africa, the Indo-Pacific); shorter ones are open. */
export const OPEN_LIST_MAX = 12;

interface RegionDefinitionProps {
  region: RegionId;
  info: RegionInfo;
  lang: Lang;
  strings: Strings;
}

/** The countries of a region by name, in the reader's language and alphabetical order. */
export function memberNames(region: RegionId, info: RegionInfo, lang: Lang): string[] {
  const codes = info.regions[region]?.members ?? [];
  return codes.map((code) => info.countries[code]?.[lang] ?? code).sort((a, b) => a.localeCompare(b, lang));
}

/** What a region covers on this map, why, and its countries: the editors' definition, marked as such. */
export function RegionDefinition({ region, info, lang, strings }: RegionDefinitionProps) {
  const definition = info.regions[region];
  if (!definition) return null;
  const names = memberNames(region, info, lang);
  return (
    <section
      className="region-definition"
      aria-labelledby="region-definition-heading"
      data-region-definition={region}
    >
      <h3 id="region-definition-heading">{strings.definitionHeading}</h3>
      <p>{definition.definition[lang]}</p>
      {definition.reason && (
        <p>
          <strong>{strings.reasonLabel}</strong> {definition.reason[lang]}
        </p>
      )}
      {names.length > 1 && (
        <details className="region-members" open={names.length <= OPEN_LIST_MAX}>
          <summary>{strings.membersLabel(names.length)}</summary>
          <ul>
            {names.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </details>
      )}
      <p className="editorial-note">{strings.definitionIsEditorial}</p>
    </section>
  );
}
