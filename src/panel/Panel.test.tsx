import type { ReactNode } from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../content/ids';
import { countByRegion, visibleMeasures } from '../content/selectors';
import { selectRegion, setQuery, useAppStore } from '../state/store';
import { regionOf, renderWithClient, resetStore, strategy, STRINGS } from '../test-utils';
import { Panel } from './Panel';

beforeEach(() => resetStore());

function renderPanel(lang: Lang = 'da', extra?: ReactNode) {
  const counts = countByRegion(strategy, { priorities: [], q: '' });
  return renderWithClient(
    <>
      {extra}
      <Panel strategy={strategy} counts={counts} lang={lang} strings={STRINGS[lang]} />
    </>,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });
const listEntry = (id: string) => document.querySelector<HTMLElement>(`[data-region-button="${id}"]`);

describe('Panel', () => {
  it('shows the overview when nothing is selected', () => {
    renderPanel();
    expect(heading().textContent).toBe(STRINGS.da.introHeading);
  });

  it('shows the selected region from the store, and follows it', () => {
    act(() => selectRegion('mykolaiv'));
    renderPanel();
    expect(heading().textContent).toBe(regionOf('mykolaiv').name.da);
    act(() => selectRegion('western-balkans'));
    expect(heading().textContent).toBe(regionOf('western-balkans').name.da);
    expect(document.activeElement).toBe(heading());
  });

  it('shows search results (loaded on demand) when there is a search and no region', async () => {
    renderPanel();
    act(() => setQuery('nato'));
    const expected = visibleMeasures(strategy, { region: null, priorities: [], q: 'nato' });
    expect(
      (await screen.findByRole('heading', { level: 2, name: STRINGS.da.searchResults(expected.length) }))
        .textContent,
    ).toBe(STRINGS.da.searchResults(expected.length));
    // A region wins over the search.
    act(() => selectRegion('baltics'));
    expect(heading().textContent).toBe(regionOf('baltics').name.da);
    const shown = visibleMeasures(strategy, { region: 'baltics', priorities: [], q: 'nato' });
    expect(document.querySelectorAll('[data-measure]')).toHaveLength(shown.length);
  });

  it('keyboard: Enter on a region opens it with focus on its heading; Esc closes and gives focus back', async () => {
    const user = userEvent.setup();
    renderPanel();
    // Tab from the top of the page reaches the first region in the list.
    await user.tab();
    const first = strategy.regions.find((r) => r.kind !== 'global')!;
    expect(document.activeElement).toBe(listEntry(first.id));
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().region).toBe(first.id);
    expect(heading().textContent).toBe(first.name.da);
    expect(document.activeElement).toBe(heading());

    await user.keyboard('{Escape}');
    expect(useAppStore.getState().region).toBeNull();
    expect(heading().textContent).toBe(STRINGS.da.introHeading);
    expect(document.activeElement).toBe(listEntry(first.id));
  });

  it('closing with the close button gives focus back to the region’s entry in the list', async () => {
    const user = userEvent.setup();
    renderPanel('en');
    await user.click(listEntry('baltics')!);
    expect(heading().textContent).toBe(regionOf('baltics').name.en);
    await user.click(screen.getByRole('button', { name: STRINGS.en.closePanel }));
    expect(heading().textContent).toBe(STRINGS.en.introHeading);
    expect(document.activeElement).toBe(listEntry('baltics'));
  });

  it('a region opened from elsewhere (a link, the map) gives focus to the panel heading on close', async () => {
    const user = userEvent.setup();
    act(() => selectRegion('global'));
    renderPanel();
    expect(heading().textContent).toBe(regionOf('global').name.da);
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().region).toBeNull();
    // 'global' has no entry in the list: focus goes to the overview's heading.
    expect(listEntry('global')).toBeNull();
    expect(document.activeElement).toBe(heading());
  });

  it('Esc in a search box with text does not close the region', async () => {
    const user = userEvent.setup();
    act(() => selectRegion('arctic'));
    renderPanel('da', <input aria-label="probe" defaultValue="nato" />);
    await user.click(screen.getByRole('textbox', { name: 'probe' }));
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().region).toBe('arctic');
    expect(heading().textContent).toBe(regionOf('arctic').name.da);
  });
});
