import type { Lang } from '../content/ids';
import { pickUrlState, useAppStore } from '../state/store';
import { serializeUrl } from '../state/url';

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

/** Share through the Web Share API where the browser has it, else copy; says which happened. */
export async function shareLink(lang: Lang): Promise<'shared' | 'copied' | 'cancelled' | 'failed'> {
  const link = canonicalLink(lang);
  try {
    if (typeof navigator.share === 'function' && navigator.canShare?.({ url: link })) {
      await navigator.share({ url: link, title: document.title });
      return 'shared';
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  }
  try {
    await copyText(link);
    return 'copied';
  } catch {
    return 'failed';
  }
}
