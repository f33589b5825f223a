import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../content/ids';
import { regionPriorityTable } from '../content/selectors';
import { setLang, setMainView, setQuery, useAppStore } from '../state/store';
import { parseUrl } from '../state/url';
import { renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import OverviewTable from './OverviewTable';

beforeEach(() => resetStore());

const renderTable = (lang: Lang = 'da') =>
  renderWithClient(<OverviewTable strategy={strategy} lang={lang} strings={STRINGS[lang]} />);

const cell = (region: string, priority: string) =>
  document.querySelector<HTMLElement>(`tr[data-region="${region}"] td[data-priority="${priority}"]`)!;
const total = (region: string) => document.querySelector(`tr[data-region="${region}"] td.total`)?.textContent;

/** A region x priority pair with measures, for the links. */
const rows = regionPriorityTable(strategy, '');
const pair = (() => {
  const row = rows.find((r) => r.region.id === 'denmark')!;
  const priority = strategy.priorities.find((p) => (row.counts.get(p.id) ?? 0) > 0)!;
  return { region: row.region, priority, n: row.counts.get(priority.id)! };
})();

/** Watch link clicks after React has handled them: was the default (navigation) prevented? Then stop it. */
function watchNavigation(): { prevented: boolean[]; stop: () => void } {
  const prevented: boolean[] = [];
  const onClick = (e: MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('a')) return;
    prevented.push(e.defaultPrevented);
    e.preventDefault(); // never let the test environment navigate
  };
  document.addEventListener('click', onClick);
  return { prevented, stop: () => document.removeEventListener('click', onClick) };
}

describe('OverviewTable', () => {
  it('a captioned table: one column per priority plus the total, one row per region', () => {
    renderTable();
    const table = screen.getByRole('table', { name: STRINGS.da.tableCaption });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual([
      STRINGS.da.tableRegion,
      ...strategy.priorities.map((p) => `${p.number}${p.label.da}`),
      STRINGS.da.tableTotal,
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(strategy.regions.map((r) => r.name.da));
  });

  it('each cell counts the region’s measures under the priority, with the row’s total', () => {
    renderTable();
    for (const { region, counts, total: n } of rows) {
      for (const p of strategy.priorities)
        expect(cell(region.id, p.id).textContent).toBe(String(counts.get(p.id)));
      expect(total(region.id)).toBe(String(n));
    }
  });

  it('non-zero counts are links to the region filtered by the priority, named in words; zeros are not', () => {
    renderTable();
    const link = within(cell(pair.region.id, pair.priority.id)).getByRole('link');
    expect(link.getAttribute('aria-label')).toBe(
      STRINGS.da.tableCellLabel(pair.n, pair.region.name.da, pair.priority.label.da),
    );
    const { state, ignored } = parseUrl(link.getAttribute('href')!);
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      region: pair.region.id,
      priorities: [pair.priority.id],
      q: '',
      lang: null,
    });
    const zero = rows.flatMap((r) =>
      strategy.priorities.filter((p) => r.counts.get(p.id) === 0).map((p) => [r, p] as const),
    )[0]!;
    expect(within(cell(zero[0].region.id, zero[1].id)).queryByRole('link')).toBeNull();
  });

  it('the link keeps the language the reader chose', () => {
    act(() => setLang('en'));
    renderTable('en');
    const link = within(cell(pair.region.id, pair.priority.id)).getByRole('link');
    expect(parseUrl(link.getAttribute('href')!).state.lang).toBe('en');
    expect(link.getAttribute('aria-label')).toBe(
      STRINGS.en.tableCellLabel(pair.n, pair.region.name.en, pair.priority.label.en),
    );
  });

  it('clicking a count opens the region on the map, filtered by that priority, without navigating', async () => {
    const user = userEvent.setup();
    const nav = watchNavigation();
    try {
      act(() => setMainView('table'));
      renderTable();
      await user.click(within(cell(pair.region.id, pair.priority.id)).getByRole('link'));
      const s = useAppStore.getState();
      expect(s.region).toBe(pair.region.id);
      expect(s.priorities).toEqual([pair.priority.id]);
      expect(s.mainView).toBe('map');
      expect(nav.prevented).toEqual([true]);
    } finally {
      nav.stop();
    }
  });

  it('a modified click (new tab) is left to the browser: the store does not change', async () => {
    const user = userEvent.setup();
    const nav = watchNavigation();
    try {
      act(() => setMainView('table'));
      renderTable();
      const link = within(cell(pair.region.id, pair.priority.id)).getByRole('link');
      await user.keyboard('{Control>}');
      await user.click(link);
      await user.keyboard('{/Control}');
      expect(useAppStore.getState().region).toBeNull();
      expect(useAppStore.getState().mainView).toBe('table');
      expect(nav.prevented).toEqual([false]);
    } finally {
      nav.stop();
    }
  });

  it('works by keyboard: Enter on a focused count opens it', async () => {
    const user = userEvent.setup();
    const nav = watchNavigation();
    try {
      renderTable();
      within(cell(pair.region.id, pair.priority.id)).getByRole('link').focus();
      await user.keyboard('{Enter}');
      expect(useAppStore.getState().region).toBe(pair.region.id);
      expect(useAppStore.getState().priorities).toEqual([pair.priority.id]);
      expect(nav.prevented).toEqual([true]);
    } finally {
      nav.stop();
    }
  });

  it('the search narrows the counts', () => {
    renderTable();
    act(() => setQuery('nato'));
    const narrowed = regionPriorityTable(strategy, 'nato');
    for (const { region, total: n } of narrowed) expect(total(region.id)).toBe(String(n));
    expect(narrowed.map((r) => r.total)).not.toEqual(rows.map((r) => r.total));
  });
});
