import type { Lang } from '../content/ids';
import type { Strings } from '../i18n/strings';
import { useAppStore } from '../state/store';
import { copy, embedLink, embedSnippet, linkQuery } from './share';

/** The <iframe> code of the embed view, following what is on screen, with a button to copy it. */
export default function EmbedCode({
  lang,
  strings,
  title,
  onCopied,
}: {
  lang: Lang;
  strings: Strings;
  title: string;
  onCopied: (ok: boolean) => void;
}) {
  const query = useAppStore((s) => linkQuery(s, lang));
  const snippet = embedSnippet(embedLink(query), title);
  return (
    <div id="embed-code" className="embed-code">
      <label htmlFor="embed-code-text">{strings.embedCodeLabel}</label>
      <textarea
        id="embed-code-text"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={() => void copy(snippet).then(onCopied)}>
        {strings.embedCopy}
      </button>
    </div>
  );
}
