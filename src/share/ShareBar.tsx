import { useEffect, useState } from 'react';
import type { Lang } from '../content/ids';
import type { Strategy } from '../content/schema';
import { visibleMeasures } from '../content/selectors';
import type { Strings } from '../i18n/strings';
import { pickUrlState, useAppStore } from '../state/store';
import { serializeUrl } from '../state/url';
import { download, measuresToCsv, measuresToJson } from './exportMeasures';

/** The canonical link of what is on screen, with the language made explicit so it reopens the same. */
export function canonicalLink(lang: Lang): string {
  const state = pickUrlState(useAppStore.getState());
  return `${window.location.origin}${window.location.pathname}${serializeUrl({ ...state, lang })}`;
}

async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}

/** Share (Web Share API where there is one, else copy), export CSV/JSON, print. Confirms in a live region. */
export function ShareBar({ strategy, lang, strings }: { strategy: Strategy; lang: Lang; strings: Strings }) {
  const [message, setMessage] = useState('');
  const [printLink, setPrintLink] = useState('');

  // Printing gives a brief: every quote open, the link and the source written out.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      setPrintLink(canonicalLink(lang));
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
    const link = canonicalLink(lang);
    try {
      if (typeof navigator.share === 'function' && navigator.canShare?.({ url: link })) {
        await navigator.share({ url: link, title: document.title });
        setMessage(strings.shareShared);
        return;
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
    }
    try {
      await copyText(link);
      setMessage(strings.shareCopied);
    } catch {
      setMessage(strings.shareFailed);
    }
  };

  const exportAs = (kind: 'csv' | 'json') => {
    const s = useAppStore.getState();
    const measures = visibleMeasures(strategy, { region: s.region, priorities: s.priorities, q: s.q });
    const link = canonicalLink(lang);
    const name = `strategi-${s.region ?? 'alle'}`;
    if (kind === 'csv') download(`${name}.csv`, 'text/csv;charset=utf-8', measuresToCsv(strategy, measures, lang, link));
    else download(`${name}.json`, 'application/json', measuresToJson(strategy, measures, lang, link));
  };

  return (
    <div className="share-bar">
      <button type="button" onClick={() => void share()}>
        {strings.share}
      </button>
      <button type="button" onClick={() => exportAs('csv')}>
        {strings.exportCsv}
      </button>
      <button type="button" onClick={() => exportAs('json')}>
        {strings.exportJson}
      </button>
      <button type="button" onClick={() => window.print()}>
        {strings.print}
      </button>
      <p className="share-status" role="status" aria-live="polite">
        {message}
      </p>
      <p className="print-only">
        {printLink}
        <br />
        {strings.sourceLabel}: {strategy.source.authors.join(' & ')}, «{strategy.source.title}», {strategy.source.publisher}{' '}
        {strategy.source.year}. {strategy.source.note[lang]}
      </p>
    </div>
  );
}
