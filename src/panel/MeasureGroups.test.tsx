import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PriorityId } from '../content/ids';
import { groupByPriority, visibleMeasures } from '../content/selectors';
import { resetStore, strategy, STRINGS } from '../test-utils';
import { MeasureGroups } from './MeasureGroups';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => resetStore());

// Denmark: measures under several priorities.
const measures = visibleMeasures(strategy, { region: 'denmark', priorities: [], q: '' });

function renderGroups(chosen: PriorityId[], lang: 'da' | 'en' = 'da') {
  return render(
    <MeasureGroups
      measures={measures}
      strategy={strategy}
      chosen={chosen}
      lang={lang}
      strings={STRINGS[lang]}
      query=""
      hideRegion="denmark"
    />,
  );
}

describe('MeasureGroups', () => {
  it('one section per priority, in the priorities’ order, each headed by the priority and its count', () => {
    const expected = groupByPriority(measures, strategy.priorities, []);
    expect(expected.length).toBeGreaterThan(1);
    renderGroups([]);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(
      expected.map(
        ({ priority, measures: group }) =>
          `${priority.number}${priority.text.da} · ${STRINGS.da.measureCount(group.length)}`,
      ),
    );
  });

  it('each section is labelled by its heading and lists exactly its measures, each once', () => {
    const expected = groupByPriority(measures, strategy.priorities, []);
    const { container } = renderGroups([]);
    for (const { priority, measures: group } of expected) {
      const section = screen.getByRole('region', { name: new RegExp(escapeRegExp(priority.text.da)) });
      const ids = [...section.querySelectorAll('[data-measure]')].map((e) => e.getAttribute('data-measure'));
      expect(ids).toEqual(group.map((m) => m.id));
      // The card does not repeat the priority it stands under.
      const badges = [...within(section).getAllByRole('listitem')].flatMap((li) =>
        [...li.querySelectorAll('.measure-tags .priority-badge-label')].map((e) => e.textContent),
      );
      expect(badges).not.toContain(priority.label.da);
    }
    expect(container.querySelectorAll('[data-measure]')).toHaveLength(measures.length);
  });

  it('with chosen priorities, a measure stands under the first chosen one it serves', () => {
    const chosen: PriorityId[] = ['resilience', 'defence'];
    const expected = groupByPriority(measures, strategy.priorities, chosen);
    renderGroups(chosen, 'en');
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(
      expected.map(
        ({ priority, measures: group }) =>
          `${priority.number}${priority.text.en} · ${STRINGS.en.measureCount(group.length)}`,
      ),
    );
  });

  it('renders nothing for no measures', () => {
    const { container } = render(
      <MeasureGroups measures={[]} strategy={strategy} chosen={[]} lang="da" strings={STRINGS.da} query="" />,
    );
    expect(container.innerHTML).toBe('');
  });
});
