import type { Lang } from '../content/ids';
import type { Strings } from '../i18n/strings';
import { useAppStore } from '../state/store';
import { appLink, linkQuery } from './share';

/** The embed view's way out: the same view in the full app, in a new window (the host page stays). */
export default function FullMapLink({ lang, strings }: { lang: Lang; strings: Strings }) {
  const query = useAppStore((s) => linkQuery(s, lang));
  return (
    <a className="full-map-link" href={appLink(query)} target="_blank" rel="noopener">
      {strings.openFullMap}
      <span className="visually-hidden"> {strings.opensInNewWindow}</span>
    </a>
  );
}
