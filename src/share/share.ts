import type { Lang } from '../content/ids';
import { EMBED_PATH } from '../state/embed';
import { pageLocation } from '../state/paths';
import { type AppState, pickUrlState, useAppStore } from '../state/store';
import { serializeUrl } from '../state/url';

/** What is on screen as a query, with the language made explicit so it reopens the same. */
export function linkQuery(state: AppState, lang: Lang): string {
  return serializeUrl({ ...pickUrlState(state), lang });
}

/** The full app (or with `path`, another page of it) under its base, whatever page this is. */
export function appLink(query: string, path = ''): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}${path}${query}`;
}

/** The embed view's link for a query. */
export function embedLink(query: string): string {
  return appLink(query, EMBED_PATH);
}

/** The link to share: the view's static page, with filters, search and view as its query. */
export function canonicalLink(lang: Lang): string {
  return appLink('', pageLocation(pickUrlState(useAppStore.getState()), lang));
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EMBED_SIZE = { width: 720, height: 600 };

/** The <iframe> a site pastes to show the map: lazily loaded, titled for screen readers. */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(src)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" ` +
    `title="${escapeAttribute(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`
  );
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

/** Copy a text (the embed code); says whether it worked. */
export async function copy(text: string): Promise<boolean> {
  try {
    await copyText(text);
    return true;
  } catch {
    return false;
  }
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
  return (await copy(link)) ? 'copied' : 'failed';
}
