import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../content/ids';
import { countByPriority } from '../content/selectors';
import { selectRegion, setQuery, useAppStore } from '../state/store';
import { MAX_Q_LENGTH } from '../state/url';
import { renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import { FilterBar } from './FilterBar';

beforeEach(() => resetStore());
afterEach(() => vi.unstubAllGlobals());

const renderBar = (lang: Lang = 'da') =>
  renderWithClient(<FilterBar strategy={strategy} lang={lang} strings={STRINGS[lang]} />);

const chip = (id: string) => document.querySelector<HTMLButtonElement>(`[data-priority="${id}"]`)!;
const chipCount = (id: string) => chip(id).querySelector('.chip-count')?.textContent;

describe('FilterBar', () => {
  it('one chip per priority, labelled and counted, none pressed at first', () => {
    const counts = countByPriority(strategy, { region: null, q: '' });
    renderBar();
    const group = screen.getByRole('group', { name: STRINGS.da.filterHeading });
    const chips = within(group).getAllByRole('button');
    expect(chips).toHaveLength(strategy.priorities.length);
    strategy.priorities.forEach((p, i) => {
      const c = chips[i]!;
      expect(c.getAttribute('aria-pressed')).toBe('false');
      expect(c.getAttribute('title')).toBe(p.text.da);
      expect(c.querySelector('.chip-label')?.textContent).toBe(p.label.da);
      expect(c.querySelector('.chip-count')?.textContent).toBe(String(counts.get(p.id)));
      expect(c.textContent).toContain(`, ${STRINGS.da.measureCount(counts.get(p.id) ?? 0)}`);
    });
    expect(screen.queryByRole('button', { name: STRINGS.da.clearFilters })).toBeNull();
  });

  it('a chip toggles aria-pressed and the store’s priorities (several at once, in the source’s order)', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.click(chip('resilience'));
    expect(chip('resilience').getAttribute('aria-pressed')).toBe('true');
    expect(chip('resilience').className).toContain('is-on');
    expect(useAppStore.getState().priorities).toEqual(['resilience']);
    await user.click(chip('defence'));
    expect(useAppStore.getState().priorities).toEqual(['defence', 'resilience']);
    await user.click(chip('resilience'));
    expect(chip('resilience').getAttribute('aria-pressed')).toBe('false');
    expect(useAppStore.getState().priorities).toEqual(['defence']);
  });

  it('chips work by keyboard: Tab to them, Space and Enter toggle', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.tab(); // the search box
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await user.tab(); // the first chip
    const first = strategy.priorities[0]!.id;
    expect(document.activeElement).toBe(chip(first));
    await user.keyboard(' ');
    expect(useAppStore.getState().priorities).toEqual([first]);
    expect(chip(first).getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().priorities).toEqual([]);
    expect(chip(first).getAttribute('aria-pressed')).toBe('false');
  });

  it('“clear filters” appears with a filter on and clears them all', async () => {
    const user = userEvent.setup();
    renderBar();
    await user.click(chip('defence'));
    await user.click(chip('business'));
    await user.click(screen.getByRole('button', { name: STRINGS.da.clearFilters }));
    expect(useAppStore.getState().priorities).toEqual([]);
    expect(strategy.priorities.every((p) => chip(p.id).getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(screen.queryByRole('button', { name: STRINGS.da.clearFilters })).toBeNull();
  });

  it('the chips’ counts follow the selected region and the search', () => {
    renderBar();
    act(() => selectRegion('denmark'));
    const inDenmark = countByPriority(strategy, { region: 'denmark', q: '' });
    for (const p of strategy.priorities) expect(chipCount(p.id)).toBe(String(inDenmark.get(p.id)));
    act(() => setQuery('nato'));
    const withSearch = countByPriority(strategy, { region: 'denmark', q: 'nato' });
    for (const p of strategy.priorities) expect(chipCount(p.id)).toBe(String(withSearch.get(p.id)));
    // The counts must actually change somewhere, or this test proves nothing.
    expect([...inDenmark.values()]).not.toEqual([...withSearch.values()]);
  });

  it('typing in the search box sets the store’s query; Esc clears it', async () => {
    const user = userEvent.setup();
    renderBar();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: STRINGS.da.searchLabel });
    expect(box.maxLength).toBe(MAX_Q_LENGTH);
    await user.type(box, 'sanktioner');
    expect(useAppStore.getState().q).toBe('sanktioner');
    expect(box.value).toBe('sanktioner');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().q).toBe('');
    expect(box.value).toBe('');
  });

  it('Esc in the search box does not reach the page while it has text (a region stays open)', async () => {
    const user = userEvent.setup();
    let escapes = 0;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') escapes++;
    };
    document.addEventListener('keydown', onKey);
    try {
      renderBar();
      await user.type(screen.getByRole('searchbox'), 'nato');
      await user.keyboard('{Escape}');
      expect(escapes).toBe(0);
      await user.keyboard('{Escape}'); // empty now: the page may handle it
      expect(escapes).toBe(1);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('“/” focuses the search box from the page, but types normally inside a text field', async () => {
    const user = userEvent.setup();
    renderBar();
    const box = screen.getByRole<HTMLInputElement>('searchbox');
    chip('defence').focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('');
    await user.keyboard('a/b');
    expect(box.value).toBe('a/b');
  });

  it('shows the Danish label and hint, and English after switching language', () => {
    const { rerender } = renderBar('da');
    expect(screen.getByRole('searchbox').getAttribute('placeholder')).toBe(STRINGS.da.searchPlaceholder);
    expect(screen.getByText(STRINGS.da.searchHint)).toBeTruthy();
    expect(chip('defence').querySelector('.chip-label')?.textContent).toBe(
      strategy.priorities.find((p) => p.id === 'defence')!.label.da,
    );
    rerender(<FilterBar strategy={strategy} lang="en" strings={STRINGS.en} />);
    expect(screen.getByRole('searchbox', { name: STRINGS.en.searchLabel })).toBeTruthy();
    expect(screen.getByRole('group', { name: STRINGS.en.filterHeading })).toBeTruthy();
    expect(chip('defence').querySelector('.chip-label')?.textContent).toBe(
      strategy.priorities.find((p) => p.id === 'defence')!.label.en,
    );
  });

  it('with a region open, folds the chips behind a "Filters (n)" button that opens them', async () => {
    const user = userEvent.setup();
    resetStore({ region: 'baltics', priorities: ['defence'] });
    renderBar();
    const bar = document.querySelector('.filter-bar')!;
    expect(bar.className).toContain('is-folded');
    const toggle = screen.getByRole('button', { name: STRINGS.da.filtersButton(1) });
    expect(toggle.textContent).toBe('Filtre (1)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBe(
      screen.getByRole('group', { name: STRINGS.da.filterHeading }),
    );
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(bar.className).toContain('is-open');
    act(() => selectRegion(null));
    expect(bar.className).not.toContain('is-folded');
    expect(screen.queryByRole('button', { name: /^Filtre/ })).toBeNull();
  });

  it('shows no keyboard-shortcut hint on a touch screen without a mouse', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(hover: none) and (pointer: coarse)',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    renderBar();
    expect(screen.queryByText(STRINGS.da.searchHint)).toBeNull();
    expect(screen.getByRole('searchbox').getAttribute('aria-describedby')).toBeNull();
  });
});
