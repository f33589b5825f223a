import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { sourceCitation } from '../content/selectors';
import type { Measure } from '../content/schema';
import { useAppStore } from '../state/store';
import { resetStore, strategy, STRINGS } from '../test-utils';
import { MeasureCard } from './MeasureCard';

beforeEach(() => resetStore());

/** A measure with more than one region, so there are links to show and one to hide. */
const multi =
  strategy.measures.find((m) => m.regions.length > 1 && m.priorities.length > 1) ??
  strategy.measures.find((m) => m.regions.length > 1)!;
/** A measure whose Danish text has æ, ø or å. */
const danish = strategy.measures.find((m) => /[æøå]/.test(m.text.da))!;

function renderCard(measure: Measure, props: Partial<Parameters<typeof MeasureCard>[0]> = {}) {
  return render(
    <ul>
      <MeasureCard measure={measure} strategy={strategy} lang="da" strings={STRINGS.da} query="" {...props} />
    </ul>,
  );
}

describe('MeasureCard', () => {
  it('shows the measure’s text in the chosen language, Danish letters intact', () => {
    const { container, rerender } = renderCard(danish);
    expect(container.querySelector('.measure-text')?.textContent).toBe(danish.text.da);
    expect(container.querySelector('.measure-text')?.textContent).toMatch(/[æøå]/);
    rerender(
      <ul>
        <MeasureCard measure={danish} strategy={strategy} lang="en" strings={STRINGS.en} query="" />
      </ul>,
    );
    expect(container.querySelector('.measure-text')?.textContent).toBe(danish.text.en);
  });

  it('tags the measure with its priorities and regions, except the ones it stands under', () => {
    const [hidden, ...others] = multi.regions;
    const { container } = renderCard(multi, { hidePriority: multi.priorities[0], hideRegion: hidden });
    const tags = container.querySelector<HTMLElement>('.measure-tags')!;
    const labels = [...tags.querySelectorAll('.priority-badge-label')].map((e) => e.textContent);
    const expectedPriorities = strategy.priorities
      .filter((p) => multi.priorities.includes(p.id) && p.id !== multi.priorities[0])
      .map((p) => p.label.da);
    expect(labels).toEqual(expectedPriorities);
    const links = within(tags)
      .getAllByRole('button')
      .map((b) => b.textContent);
    const expectedRegions = strategy.regions.filter((r) => others.includes(r.id)).map((r) => r.name.da);
    expect(links).toEqual(expectedRegions);
    expect(links).not.toContain(strategy.regions.find((r) => r.id === hidden)!.name.da);
  });

  it('a region link selects that region in the store', async () => {
    const user = userEvent.setup();
    const target = multi.regions[1]!;
    const name = strategy.regions.find((r) => r.id === target)!.name.da;
    renderCard(multi, { hideRegion: multi.regions[0] });
    await user.click(screen.getByRole('button', { name }));
    expect(useAppStore.getState().region).toBe(target);
  });

  it('the region link works by keyboard (Tab, then Enter)', async () => {
    const user = userEvent.setup();
    const target = multi.regions[0]!;
    renderCard(multi, { hidePriority: multi.priorities[0] });
    await user.tab();
    expect(document.activeElement?.textContent).toBe(strategy.regions.find((r) => r.id === target)!.name.da);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().region).toBe(target);
  });

  it('keeps the source’s own words and the citation behind a closed disclosure', async () => {
    const user = userEvent.setup();
    const measure = strategy.measures[0]!;
    const { container } = renderCard(measure);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(STRINGS.da.showQuote);
    const quote = details.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).toBe('da');
    expect(quote.textContent).toBe(`“${measure.quote}”`);
    const section = strategy.sections.find((s) => s.id === measure.section)!;
    expect(details.querySelector('.measure-citation')?.textContent).toBe(
      `${STRINGS.da.sourceLabel}: ${sourceCitation(strategy.source, 'da')}. ${section.title.da}, punkt 1 af 9. ` +
        `${STRINGS.da.quoteIsAltinget} ${STRINGS.da.summarisesLabel}: ${strategy.source.strategy.da}.`,
    );
    await user.click(screen.getByText(STRINGS.da.showQuote));
    expect(details.open).toBe(true);
  });

  it('cites a bullet by its number within its section, with the date, address and the strategy named', () => {
    const measure = strategy.measures.find((m) => m.id === 'china-policy')!;
    const { container } = renderCard(measure, { lang: 'en', strings: STRINGS.en });
    const citation = container.querySelector('.measure-citation')?.textContent ?? '';
    expect(citation).toContain('Global partnerships and alliance building, point 6 of 10.');
    expect(citation).toContain('Altinget, 16 May 2023, https://www.altinget.dk/artikel/');
    expect(citation).toContain("The quote is Altinget's wording.");
    expect(citation).toContain('Foreign and Security Policy Strategy');
  });

  it("shows an editors' note, marked as the editors', in both languages", () => {
    const measure = strategy.measures.find((m) => m.note)!;
    for (const lang of ['da', 'en'] as const) {
      const { container, unmount } = renderCard(measure, { lang, strings: STRINGS[lang] });
      const note = container.querySelector('.measure-note')!;
      expect(note.querySelector('strong')?.textContent).toBe(STRINGS[lang].editorsNote);
      expect(note.textContent).toContain(measure.note![lang]);
      unmount();
    }
  });

  it('marks the search words in the text and in the quote', () => {
    const measure = strategy.measures.find((m) => /nato/i.test(m.text.da) && /nato/i.test(m.quote))!;
    expect(measure).toBeDefined();
    const { container } = renderCard(measure, { query: 'nato' });
    const inText = [...container.querySelectorAll('.measure-text mark')].map((m) =>
      m.textContent?.toLowerCase(),
    );
    const inQuote = [...container.querySelectorAll('blockquote mark')].map((m) =>
      m.textContent?.toLowerCase(),
    );
    expect(inText.length).toBeGreaterThan(0);
    expect(inQuote.length).toBeGreaterThan(0);
    expect(new Set([...inText, ...inQuote])).toEqual(new Set(['nato']));
  });
});
