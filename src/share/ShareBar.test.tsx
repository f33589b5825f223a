import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../content/ids';
import { sourceCitation, visibleMeasures } from '../content/selectors';
import { pickUrlState, selectRegion, setPriorities, setQuery, useAppStore } from '../state/store';
import { serializeUrl } from '../state/url';
import { resetStore, strategy, STRINGS } from '../test-utils';
import ShareBar from './ShareBar';

const renderBar = (lang: Lang = 'da') =>
  render(<ShareBar strategy={strategy} lang={lang} strings={STRINGS[lang]} />);

/** The link the app should hand out for the current state, in the language shown. */
/** The view's static page (/{lang}/{region}/), with the rest of the state as its query. */
function expectedLink(lang: Lang): string {
  const state = pickUrlState(useAppStore.getState());
  const page = state.region ? `${lang}/${state.region}/` : `${lang}/`;
  return `${window.location.origin}/${page}${serializeUrl({ ...state, region: null, lang: null })}`;
}

/** Replace a navigator/document property for one test. */
const restores: (() => void)[] = [];
function stubProperty(target: object, key: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  restores.push(() => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  });
}

/** A browser with the Web Share API (and a clipboard, which sharing must not touch). */
function stubWebShare(share: (data: ShareData) => Promise<void>) {
  const writeText = vi.fn();
  stubProperty(navigator, 'share', share);
  stubProperty(navigator, 'canShare', () => true);
  stubProperty(navigator, 'clipboard', { writeText });
  return writeText;
}

let user: UserEvent;
beforeEach(() => {
  resetStore();
  act(() => {
    selectRegion('mykolaiv');
    setPriorities(['ukraine-support']);
  });
  // After setup: user-event installs its own clipboard stub, which the tests replace.
  user = userEvent.setup();
});
afterEach(() => {
  while (restores.length > 0) restores.pop()?.();
  vi.restoreAllMocks();
});

const status = () => screen.getByRole('status');

describe('ShareBar: share', () => {
  it('without the Web Share API, copies the canonical link (with the language) and says so', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubProperty(navigator, 'clipboard', { writeText });
    renderBar('da');
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toBe('');
    await user.click(screen.getByRole('button', { name: STRINGS.da.share }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareCopied));
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = writeText.mock.calls[0]![0];
    expect(link).toBe(expectedLink('da'));
    expect(link).toContain('/da/mykolaiv/?');
    expect(link).toContain('priority=ukraine-support');
  });

  it('in English, the link says lang=en and the confirmation is English', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubProperty(navigator, 'clipboard', { writeText });
    renderBar('en');
    await user.click(screen.getByRole('button', { name: STRINGS.en.share }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.en.shareCopied));
    expect(writeText.mock.calls[0]![0]).toBe(expectedLink('en'));
    expect(writeText.mock.calls[0]![0]).toContain('/en/');
  });

  it('without a clipboard API, falls back to a selected text field and execCommand("copy")', async () => {
    stubProperty(navigator, 'clipboard', undefined);
    let copied = '';
    const execCommand = vi.fn((command: string) => {
      const area = document.querySelector('textarea');
      // The field holds the link, selected, when the copy runs.
      if (command === 'copy' && area && area.selectionStart === 0 && area.selectionEnd === area.value.length)
        copied = area.value;
      return true;
    });
    stubProperty(document, 'execCommand', execCommand);
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.share }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareCopied));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(copied).toBe(expectedLink('da'));
    // The helper field is gone again.
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('a second share empties the live region first, so the confirmation is announced again', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubProperty(navigator, 'clipboard', { writeText });
    renderBar('da');
    const button = screen.getByRole('button', { name: STRINGS.da.share });
    await user.click(button);
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareCopied));
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status().textContent ?? ''));
    observer.observe(status(), { childList: true, characterData: true, subtree: true });
    await user.click(button);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareCopied));
    observer.disconnect();
    expect(seen).toContain('');
    expect(seen.at(-1)).toBe(STRINGS.da.shareCopied);
  });

  it('when copying fails, says so in plain words', async () => {
    stubProperty(navigator, 'clipboard', { writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    stubProperty(navigator, 'share', undefined);
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.share }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareFailed));
  });

  it('uses the Web Share API where the browser has it', async () => {
    const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined);
    const writeText = stubWebShare(share);
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.share }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareShared));
    expect(share).toHaveBeenCalledTimes(1);
    expect(share.mock.calls[0]![0].url).toBe(expectedLink('da'));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('a cancelled share says nothing and copies nothing', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    const writeText = stubWebShare(share);
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.share }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    // Let the rest of the handler run.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(writeText).not.toHaveBeenCalled();
    expect(status().textContent).toBe('');
  });

  it('works by keyboard: the share button is the first Tab stop, Enter shares', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubProperty(navigator, 'clipboard', { writeText });
    renderBar();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: STRINGS.da.share }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(status().textContent).toBe(STRINGS.da.shareCopied));
    expect(writeText).toHaveBeenCalledWith(expectedLink('da'));
  });
});

describe('ShareBar: export', () => {
  /** Capture what `download` hands to the browser: the file's name and its Blob. */
  function captureDownloads() {
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    let n = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((obj) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, obj as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      files.push({
        name: this.download,
        blob: blobs.get(this.href) ?? blobs.get(this.getAttribute('href')!)!,
      });
    });
    return files;
  }

  it('JSON: the measures on screen (region, filters, search), with the source and the link', async () => {
    act(() => setQuery('ukraine'));
    const files = captureDownloads();
    renderBar('en');
    await user.click(screen.getByRole('button', { name: STRINGS.en.exportJson }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file!.name).toBe('strategi-mykolaiv.json');
    expect(file!.blob.type).toBe('application/json');
    const data = JSON.parse(await file!.blob.text()) as {
      link: string;
      lang: string;
      source: { citation: string };
      measures: { id: string; text: string }[];
    };
    const s = useAppStore.getState();
    const expected = visibleMeasures(strategy, { region: s.region, priorities: s.priorities, q: s.q });
    expect(expected.length).toBeGreaterThan(0);
    expect(data.measures.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(data.measures.map((m) => m.text)).toEqual(expected.map((m) => m.text.en));
    expect(data.lang).toBe('en');
    expect(data.link).toBe(expectedLink('en'));
    expect(data.source.citation).toBe(sourceCitation(strategy.source));
  });

  it('CSV: a header and one row per measure, Excel-friendly (BOM, CRLF), named after the region', async () => {
    act(() => setPriorities([]));
    const files = captureDownloads();
    renderBar('da');
    await user.click(screen.getByRole('button', { name: STRINGS.da.exportCsv }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file!.name).toBe('strategi-mykolaiv.csv');
    expect(file!.blob.type).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n').filter((l) => l !== '');
    const expected = visibleMeasures(strategy, { region: 'mykolaiv', priorities: [], q: '' });
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines[0]).toBe('id,text,priorities,regions,section,bullet,quote_da,source,link');
    expected.forEach((m, i) => expect(lines[i + 1]!.startsWith(`${m.id},`)).toBe(true));
    expect(text).toContain(expected[0]!.text.da);
  });

  it('with nothing selected, the file covers every region', async () => {
    act(() => resetStore());
    const files = captureDownloads();
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.exportJson }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('strategi-alle.json');
    const data = JSON.parse(await files[0]!.blob.text()) as { measures: unknown[] };
    expect(data.measures).toHaveLength(strategy.measures.length);
  });
});

describe('ShareBar: print', () => {
  it('the print button prints', async () => {
    const print = vi.fn();
    stubProperty(window, 'print', print);
    renderBar();
    await user.click(screen.getByRole('button', { name: STRINGS.da.print }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('before printing, opens every closed disclosure and writes out the link; after, closes them again', () => {
    const { container } = render(
      <>
        <details data-testid="closed">
          <summary>Kilde og citat</summary>
          <p>citat</p>
        </details>
        <details data-testid="open" open>
          <summary>x</summary>
        </details>
        <ShareBar strategy={strategy} lang="da" strings={STRINGS.da} />
      </>,
    );
    const closed = screen.getByTestId<HTMLDetailsElement>('closed');
    const open = screen.getByTestId<HTMLDetailsElement>('open');
    const printOnly = container.querySelector('.print-only')!;
    expect(printOnly.textContent).not.toContain(window.location.href);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(closed.open).toBe(true);
    expect(open.open).toBe(true);
    expect(printOnly.textContent).toContain(window.location.href);
    expect(printOnly.textContent).toContain(`${STRINGS.da.sourceLabel}: ${sourceCitation(strategy.source)}.`);
    expect(printOnly.textContent).toContain(strategy.source.note.da);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(closed.open).toBe(false);
    expect(open.open).toBe(true);
  });
});

describe('ShareBar: embed', () => {
  it('offers an <iframe> of the embed view of what is on screen, following changes, and copies it', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    stubProperty(navigator, 'clipboard', { writeText });
    renderBar('en');
    const button = screen.getByRole('button', { name: STRINGS.en.embed });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const code = await screen.findByLabelText<HTMLTextAreaElement>(STRINGS.en.embedCodeLabel);
    const query = serializeUrl({ ...pickUrlState(useAppStore.getState()), lang: 'en' }).replace(
      /&/g,
      '&amp;',
    );
    expect(code.value).toBe(
      `<iframe src="${window.location.origin}/embed/${query}" width="720" height="600" ` +
        `title="Mykolaiv · ${STRINGS.en.appTitleShort}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
    // Its src, unescaped: the embed view with the state.
    const src = new URL(/ src="([^"]+)"/.exec(code.value)![1]!.replaceAll('&amp;', '&'));
    expect(src.pathname).toBe('/embed/');
    expect(src.search).toBe('?region=mykolaiv&priority=ukraine-support&lang=en');

    act(() => selectRegion('baltics'));
    expect(code.value).toContain('region=baltics');
    expect(code.value).toContain('title="The Baltic states · ');

    await user.click(screen.getByRole('button', { name: STRINGS.en.embedCopy }));
    await waitFor(() => expect(status().textContent).toBe(STRINGS.en.embedCopied));
    expect(writeText).toHaveBeenCalledWith(code.value);
  });
});
