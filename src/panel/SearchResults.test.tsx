import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang, PriorityId } from '../content/ids';
import { searchRegions, visibleMeasures } from '../content/selectors';
import { useAppStore } from '../state/store';
import { resetStore, strategy, STRINGS } from '../test-utils';
import SearchResults from './SearchResults';

beforeEach(() => resetStore());

function renderResults(q: string, opts: { priorities?: PriorityId[]; lang?: Lang } = {}) {
  const { priorities = [], lang = 'da' } = opts;
  return render(
    <SearchResults strategy={strategy} priorities={priorities} q={q} lang={lang} strings={STRINGS[lang]} />,
  );
}

const ids = (root: ParentNode) =>
  [...root.querySelectorAll('[data-measure]')].map((e) => e.getAttribute('data-measure'));

describe('SearchResults', () => {
  it.each(['nato', 'sanktioner'])('"%s": the matching measures, best first, counted in the heading', (q) => {
    const expected = visibleMeasures(strategy, { region: null, priorities: [], q });
    expect(expected.length).toBeGreaterThan(0);
    const { container } = renderResults(q);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      STRINGS.da.searchResults(expected.length),
    );
    expect(ids(container)).toEqual(expected.map((m) => m.id));
  });

  it('highlights the query with <mark> in the results, and marks nothing else', () => {
    const { container } = renderResults('nato');
    const cards = [...container.querySelectorAll('.measure-list > [data-measure]')];
    expect(cards.length).toBeGreaterThan(0);
    const marked = [...container.querySelectorAll('.measure-list mark')].map((m) =>
      m.textContent?.toLowerCase(),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['nato']));
  });

  it('folds Danish letters: "groen" finds what "grøn" finds, and marks "Grøn…"', () => {
    const expected = visibleMeasures(strategy, { region: null, priorities: [], q: 'grøn' });
    expect(expected.length).toBeGreaterThan(0);
    expect(visibleMeasures(strategy, { region: null, priorities: [], q: 'groen' })).toEqual(expected);
    const { container } = renderResults('groen');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      STRINGS.da.searchResults(expected.length),
    );
    expect(ids(container)).toEqual(expected.map((m) => m.id));
    const marked = [...container.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase());
    expect(marked).toContain('grøn');
  });

  it('lists the regions whose texts match, as links that select them, with the match marked', async () => {
    const user = userEvent.setup();
    const expected = searchRegions(strategy, 'grøn');
    const placed = strategy.regions.filter((r) => expected.includes(r.id) && r.kind !== 'global');
    expect(placed.length).toBeGreaterThan(0);
    renderResults('grøn');
    const nav = screen.getByRole('navigation', { name: STRINGS.da.regionsHeading });
    const links = within(nav).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual(placed.map((r) => r.name.da));
    const greenland = links.find((b) => b.textContent === 'Grønland')!;
    expect(greenland.querySelector('mark')?.textContent).toBe('Grøn');
    await user.click(greenland);
    expect(useAppStore.getState().region).toBe('greenland');
  });

  it('the priority filter narrows the results', () => {
    const priorities: PriorityId[] = ['defence'];
    const all = visibleMeasures(strategy, { region: null, priorities: [], q: 'nato' });
    const expected = visibleMeasures(strategy, { region: null, priorities, q: 'nato' });
    expect(expected.length).toBeLessThan(all.length);
    const { container } = renderResults('nato', { priorities });
    expect(ids(container)).toEqual(expected.map((m) => m.id));
  });

  it('says so when nothing matches', () => {
    const { container } = renderResults('zzzzqqq');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(STRINGS.da.searchResults(0));
    expect(screen.getByText(STRINGS.da.searchNone)).toBeTruthy();
    expect(ids(container)).toEqual([]);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('in English', () => {
    const expected = visibleMeasures(strategy, { region: null, priorities: [], q: 'sanctions' });
    expect(expected.length).toBeGreaterThan(0);
    const { container } = renderResults('sanctions', { lang: 'en' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      expected.length === 1 ? '1 measure found' : `${expected.length} measures found`,
    );
    expect(container.querySelector('.measure-text')?.textContent).toBe(expected[0]!.text.en);
  });
});
