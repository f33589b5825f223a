import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang, PriorityId, RegionId } from '../content/ids';
import { containingRegions, groupByPriority, visibleMeasures } from '../content/selectors';
import { selectRegion, useAppStore } from '../state/store';
import { regionInfo, regionOf, renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import RegionPanel from './RegionPanel';
import { memberNames } from './RegionDefinition';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => resetStore());

function renderPanel(region: RegionId, opts: { priorities?: PriorityId[]; q?: string; lang?: Lang } = {}) {
  const { priorities = [], q = '', lang = 'da' } = opts;
  return renderWithClient(
    <RegionPanel
      strategy={strategy}
      region={region}
      priorities={priorities}
      q={q}
      lang={lang}
      strings={STRINGS[lang]}
    />,
  );
}

const panelHeading = () => screen.getByRole('heading', { level: 2 });

describe('RegionPanel', () => {
  it('heads the panel with the region’s name (Danish letters intact) and its summary', () => {
    const greenland = regionOf('greenland');
    expect(greenland.name.da).toMatch(/[æøå]/);
    renderPanel('greenland');
    expect(panelHeading().textContent).toBe(greenland.name.da);
    expect(screen.getByRole('article', { name: greenland.name.da })).toBeTruthy();
    expect(screen.getByText(greenland.summary.da)).toBeTruthy();
  });

  it('shows the region’s measures, counted in plain words and grouped under their priorities', () => {
    const all = visibleMeasures(strategy, { region: 'denmark', priorities: [], q: '' });
    const groups = groupByPriority(all, strategy.priorities, []);
    expect(groups.length).toBeGreaterThan(1);
    const { container } = renderPanel('denmark');
    expect(container.querySelector('.region-count')?.textContent).toBe(STRINGS.da.measureCount(all.length));
    const groupHeadings = container.querySelectorAll('.measure-group-heading');
    expect([...groupHeadings].map((h) => h.textContent)).toEqual(
      groups.map(
        (g) => `${g.priority.number}${g.priority.text.da} · ${STRINGS.da.measureCount(g.measures.length)}`,
      ),
    );
    for (const g of groups) {
      const section = screen.getByRole('region', { name: new RegExp(escapeRegExp(g.priority.text.da)) });
      expect(
        [...section.querySelectorAll('[data-measure]')].map((e) => e.getAttribute('data-measure')),
      ).toEqual(g.measures.map((m) => m.id));
    }
    // The region's own name is not repeated as a link on its cards.
    expect(screen.queryByRole('button', { name: regionOf('denmark').name.da })).toBeNull();
  });

  it('a nested region includes its own measures and says how many the priority filter hides', () => {
    const priorities: PriorityId[] = ['resilience'];
    const all = visibleMeasures(strategy, { region: 'denmark', priorities: [], q: '' });
    const shown = visibleMeasures(strategy, { region: 'denmark', priorities, q: '' });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    const { container } = renderPanel('denmark', { priorities });
    expect(container.querySelector('.region-count')?.textContent).toBe(
      `${STRINGS.da.measureCount(shown.length)} · ${STRINGS.da.hiddenByFilter(all.length - shown.length)}`,
    );
    expect(container.querySelectorAll('[data-measure]')).toHaveLength(shown.length);
  });

  it('says so when the filters leave no measure', () => {
    const { container } = renderPanel('mykolaiv', { q: 'zzzzqqq' });
    expect(container.querySelector('.empty')?.textContent).toBe(STRINGS.da.noMeasures);
    expect(container.querySelectorAll('[data-measure]')).toHaveLength(0);
  });

  it('switching language shows the English name, counts and labels', () => {
    const all = visibleMeasures(strategy, { region: 'denmark', priorities: [], q: '' });
    const { container } = renderPanel('denmark', { lang: 'en' });
    expect(panelHeading().textContent).toBe(regionOf('denmark').name.en);
    expect(container.querySelector('.region-count')?.textContent).toBe(`${all.length} measures`);
    expect(screen.getByRole('button', { name: STRINGS.en.closePanel })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: STRINGS.en.alsoPartOf })).toBeTruthy();
  });

  it('lists the regions it is part of (content parents and geographic membership) as links', async () => {
    const user = userEvent.setup();
    const expected = containingRegions(strategy, 'denmark', regionInfo.regions);
    expect(expected.length).toBeGreaterThan(0);
    renderPanel('denmark');
    const nav = screen.getByRole('navigation', { name: STRINGS.da.alsoPartOf });
    const links = within(nav).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual(expected.map((id) => regionOf(id).name.da));
    await user.click(links[0]!);
    expect(useAppStore.getState().region).toBe(expected[0]);
  });

  it('Mykolaiv is “also part of: Ukraine”', () => {
    renderPanel('mykolaiv');
    const nav = screen.getByRole('navigation', { name: STRINGS.da.alsoPartOf });
    expect(within(nav).getByRole('button', { name: regionOf('ukraine').name.da })).toBeTruthy();
  });

  it('adds the other regions that were under the pointer with this one', () => {
    act(() => selectRegion('arctic', ['russia', 'greenland']));
    renderPanel('arctic');
    const nav = screen.getByRole('navigation', { name: STRINGS.da.alsoPartOf });
    const names = within(nav)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(
      expect.arrayContaining([regionOf('russia').name.da, regionOf('greenland').name.da]),
    );
  });

  it('moves focus to its heading when it opens and when the region changes', () => {
    const { rerender } = renderPanel('baltics');
    expect(document.activeElement).toBe(panelHeading());
    expect(panelHeading().textContent).toBe(regionOf('baltics').name.da);
    (document.activeElement as HTMLElement).blur();
    rerender(
      <RegionPanel strategy={strategy} region="africa" priorities={[]} q="" lang="da" strings={STRINGS.da} />,
    );
    expect(panelHeading().textContent).toBe(regionOf('africa').name.da);
    expect(document.activeElement).toBe(panelHeading());
  });

  it('the close button deselects the region', async () => {
    const user = userEvent.setup();
    act(() => selectRegion('baltics'));
    renderPanel('baltics');
    await user.click(screen.getByRole('button', { name: STRINGS.da.closePanel }));
    expect(useAppStore.getState().region).toBeNull();
  });

  it('the close button is the next Tab stop after the focused heading, and Space closes', async () => {
    const user = userEvent.setup();
    act(() => selectRegion('baltics'));
    renderPanel('baltics');
    expect(document.activeElement).toBe(panelHeading());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: STRINGS.da.closePanel }));
    await user.keyboard(' ');
    expect(useAppStore.getState().region).toBeNull();
  });

  it.each(['da', 'en'] as const)(
    'shows the region’s definition, reason and countries (%s), marked as the editors’',
    (lang) => {
      renderPanel('eastern-europe', { lang });
      const section = screen.getByRole('region', { name: STRINGS[lang].definitionHeading });
      const def = regionInfo.regions['eastern-europe']!;
      expect(within(section).getByText(def.definition[lang])).toBeTruthy();
      expect(section.textContent).toContain(def.reason![lang]);
      expect(within(section).getByText(STRINGS[lang].definitionIsEditorial)).toBeTruthy();
      const names = within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
      expect(names).toEqual(memberNames('eastern-europe', regionInfo, lang));
      expect(names).toContain(lang === 'da' ? 'Tjekkiet' : 'Czechia');
      expect(section.querySelector('details')?.open).toBe(true);
    },
  );

  it('folds a long member list (the EU) but keeps it in the page, with its count', () => {
    renderPanel('eu', { lang: 'en' });
    const details = screen
      .getByRole('region', { name: STRINGS.en.definitionHeading })
      .querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(STRINGS.en.membersLabel(29));
    expect(details.textContent).toContain('Cyprus, northern part');
  });

  it('offers the Arctic in Greenland’s “also part of”', () => {
    renderPanel('greenland');
    const nav = screen.getByRole('navigation', { name: STRINGS.da.alsoPartOf });
    expect(within(nav).getByRole('button', { name: regionOf('arctic').name.da })).toBeTruthy();
  });

  it('cites the editorial classification note', () => {
    renderPanel('ukraine', { lang: 'en' });
    expect(screen.getByText(strategy.source.note.en)).toBeTruthy();
  });
});
