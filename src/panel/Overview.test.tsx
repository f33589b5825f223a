import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang, PriorityId } from '../content/ids';
import { countByPriority, countByRegion, visibleMeasures } from '../content/selectors';
import { useAppStore } from '../state/store';
import { renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import { Overview } from './Overview';

beforeEach(() => resetStore());

function renderOverview(opts: { priorities?: PriorityId[]; q?: string; lang?: Lang } = {}) {
  const { priorities = [], q = '', lang = 'da' } = opts;
  const counts = countByRegion(strategy, { priorities, q });
  return renderWithClient(
    <Overview
      strategy={strategy}
      counts={counts}
      priorities={priorities}
      q={q}
      lang={lang}
      strings={STRINGS[lang]}
    />,
  );
}

const placed = strategy.regions.filter((r) => r.kind !== 'global');

describe('Overview', () => {
  it('invites a choice: heading, the introduction and its quote', () => {
    renderOverview();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(STRINGS.da.introHeading);
    expect(screen.getByText(strategy.introduction.text.da)).toBeTruthy();
    expect(screen.getByText(`“${strategy.introduction.quote}”`).getAttribute('lang')).toBe('da');
  });

  it('names the article with its date and address, the strategy it summarises, and that it is as of May 2023', () => {
    renderOverview({ lang: 'en' });
    const about = screen.getByRole('region', { name: STRINGS.en.aboutSourceHeading });
    expect(within(about).getByRole('link', { name: strategy.source.title }).getAttribute('href')).toBe(
      strategy.source.url,
    );
    expect(about.textContent).toContain('16 May 2023');
    expect(about.textContent).toContain(strategy.source.strategy.en);
    expect(about.textContent).toContain(strategy.source.about.en);
  });

  it('lists every placed region as a button with its number of measures, Danish names intact', () => {
    const counts = countByRegion(strategy, { priorities: [], q: '' });
    renderOverview();
    const list = screen.getByRole('region', { name: STRINGS.da.regionsHeading });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-region-button'))).toEqual(placed.map((r) => r.id));
    expect(buttons.map((b) => b.textContent)).toEqual(
      placed.map((r) => `${r.name.da}${STRINGS.da.measureCount(counts.get(r.id) ?? 0)}`),
    );
    expect(buttons.some((b) => /[æøå]/i.test(b.textContent ?? ''))).toBe(true);
    expect(within(list).queryByText(strategy.regions.find((r) => r.kind === 'global')!.name.da)).toBeNull();
  });

  it('dims the regions the filters leave without measures', () => {
    const priorities: PriorityId[] = ['ukraine-support'];
    const counts = countByRegion(strategy, { priorities, q: '' });
    const dimmed = placed.filter((r) => (counts.get(r.id) ?? 0) === 0).map((r) => r.id);
    expect(dimmed.length).toBeGreaterThan(0);
    expect(dimmed.length).toBeLessThan(placed.length);
    const { container } = renderOverview({ priorities });
    expect(
      [...container.querySelectorAll('.region-list-button.is-dimmed')].map((b) =>
        b.getAttribute('data-region-button'),
      ),
    ).toEqual(dimmed);
  });

  it('a region button selects the region; it works by keyboard', async () => {
    const user = userEvent.setup();
    renderOverview();
    const name = strategy.regions.find((r) => r.id === 'mykolaiv')!.name.da;
    await user.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
    expect(useAppStore.getState().region).toBe('mykolaiv');

    resetStore();
    const first = screen.getAllByRole('button')[0]!;
    first.focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().region).toBe(placed[0]!.id);
  });

  it('lists the eight priorities with their counts, or says the source names none', () => {
    const counts = countByPriority(strategy, { region: null, q: '' });
    renderOverview();
    const section = screen.getByRole('region', { name: STRINGS.da.prioritiesHeading });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(strategy.priorities.length);
    items.forEach((li, i) => {
      const p = strategy.priorities[i]!;
      const n = counts.get(p.id) ?? 0;
      expect(li.textContent).toBe(
        `${p.number}${p.text.da} · ${n === 0 ? STRINGS.da.noMeasureForPriority : STRINGS.da.measureCount(n)}`,
      );
    });
    expect(within(section).getByText(strategy.source.note.da)).toBeTruthy();
  });

  it('shows the measures without a place, grouped by priority', () => {
    const global = visibleMeasures(strategy, { region: 'global', priorities: [], q: '' });
    expect(global.length).toBeGreaterThan(0);
    renderOverview();
    const section = screen.getByRole('region', { name: STRINGS.da.globalHeading });
    expect(
      [...section.querySelectorAll('[data-measure]')].map((e) => e.getAttribute('data-measure')).sort(),
    ).toEqual(global.map((m) => m.id).sort());
  });

  it('says so when the filters leave no measure without a place', () => {
    const priorities = strategy.priorities
      .map((p) => p.id)
      .filter((id) => visibleMeasures(strategy, { region: 'global', priorities: [id], q: '' }).length === 0);
    expect(priorities.length).toBeGreaterThan(0);
    renderOverview({ priorities: [priorities[0]!] });
    const section = screen.getByRole('region', { name: STRINGS.da.globalHeading });
    expect(within(section).getByText(STRINGS.da.noMeasures)).toBeTruthy();
  });

  it('in English', () => {
    renderOverview({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Overview');
    expect(screen.getByRole('heading', { name: STRINGS.en.prioritiesHeading })).toBeTruthy();
    const list = screen.getByRole('region', { name: STRINGS.en.regionsHeading });
    expect(within(list).getAllByRole('button')[0]!.textContent).toMatch(new RegExp(`^${placed[0]!.name.en}`));
    expect(screen.getByText(strategy.introduction.text.en)).toBeTruthy();
  });
});
