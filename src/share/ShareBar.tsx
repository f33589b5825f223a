import { lazy, Suspense, useEffect, useState } from 'react';
import type { Lang } from '../content/ids';
import type { Strategy } from '../content/schema';
import { sourceCitation, visibleMeasures } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { useAppStore } from '../state/store';

const EmbedCode = lazy(() => import('./EmbedCode'));

/**
 * Share (Web Share API where there is one, else copy), embed (an <iframe> code), export CSV/JSON,
 * print. Confirms in a live region.
 */
export default function ShareBar({
  strategy,
  lang,
  strings,
}: {
  strategy: Strategy;
  lang: Lang;
  strings: Strings;
}) {
  const [message, setMessage] = useState('');
  const [printLink, setPrintLink] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const region = useAppStore((s) => s.region);
  const regionName = strategy.regions.find((r) => r.id === region)?.name[lang];

  // Printing gives a brief: every quote open, the link and the source written out.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      setPrintLink(window.location.href);
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [lang]);

  const share = async () => {
    // Emptied first, so the same confirmation a second time is a change a screen reader announces,
    // and a cancelled share leaves no stale message.
    setMessage('');
    const { shareLink } = await import('./share');
    const outcome = await shareLink(lang);
    if (outcome === 'shared') setMessage(strings.shareShared);
    else if (outcome === 'copied') setMessage(strings.shareCopied);
    else if (outcome === 'failed') setMessage(strings.shareFailed);
  };

  const exportAs = async (kind: 'csv' | 'json') => {
    const [{ download, measuresToCsv, measuresToJson }, { canonicalLink }] = await Promise.all([
      import('./exportMeasures'),
      import('./share'),
    ]);
    const s = useAppStore.getState();
    const measures = visibleMeasures(strategy, { region: s.region, priorities: s.priorities, q: s.q });
    const link = canonicalLink(lang);
    const name = `strategi-${s.region ?? 'alle'}`;
    if (kind === 'csv')
      download(`${name}.csv`, 'text/csv;charset=utf-8', measuresToCsv(strategy, measures, lang, link));
    else download(`${name}.json`, 'application/json', measuresToJson(strategy, measures, lang, link));
  };

  return (
    <div className="share-bar">
      <button type="button" onClick={() => void share()}>
        {strings.share}
      </button>
      <button
        type="button"
        aria-expanded={embedOpen}
        aria-controls={embedOpen ? 'embed-code' : undefined}
        onClick={() => setEmbedOpen((open) => !open)}
      >
        {strings.embed}
      </button>
      <button type="button" onClick={() => void exportAs('csv')}>
        {strings.exportCsv}
      </button>
      <button type="button" onClick={() => void exportAs('json')}>
        {strings.exportJson}
      </button>
      <button type="button" onClick={() => window.print()}>
        {strings.print}
      </button>
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedCode
            lang={lang}
            strings={strings}
            title={regionName ? `${regionName} · ${strings.appTitleShort}` : strings.appTitleShort}
            onCopied={(ok) => setMessage(ok ? strings.embedCopied : strings.embedCopyFailed)}
          />
        </Suspense>
      )}
      <p className="share-status" role="status" aria-live="polite">
        {message}
      </p>
      <p className="print-only">
        {printLink}
        <br />
        {strings.sourceLabel}: {sourceCitation(strategy.source)}. {strategy.source.note[lang]}
      </p>
    </div>
  );
}
