import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { strategy } from '../test-utils';
import { PriorityBadge, PrioritySwatch } from './PriorityBadge';
import { PRIORITY_COLOURS } from './priorityColours';

/** happy-dom keeps colours as written or as rgb(); compare them as rgb(). */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
const sameColour = (actual: string, hex: string) =>
  actual.toLowerCase() === hex.toLowerCase() || actual === rgb(hex);

describe('PriorityBadge', () => {
  it.each(strategy.priorities.map((p) => [p.id, p] as const))(
    '%s: number on its colour, then the short label',
    (id, priority) => {
      const { container } = render(<PriorityBadge priority={priority} lang="da" />);
      const swatch = container.querySelector<HTMLElement>('.priority-swatch');
      expect(swatch?.textContent).toBe(String(priority.number));
      expect(swatch?.getAttribute('aria-hidden')).toBe('true');
      expect(sameColour(swatch?.style.backgroundColor ?? '', PRIORITY_COLOURS[id].swatch)).toBe(true);
      expect(sameColour(swatch?.style.color ?? '', PRIORITY_COLOURS[id].ink)).toBe(true);
      expect(container.querySelector('.priority-badge-label')?.textContent).toBe(priority.label.da);
    },
  );

  it('shows the full text with `full`, in the language asked for', () => {
    const priority = strategy.priorities[1]!;
    const { container, rerender } = render(<PriorityBadge priority={priority} lang="da" full />);
    const label = () => container.querySelector('.priority-badge-label')?.textContent;
    expect(label()).toBe(priority.text.da);
    rerender(<PriorityBadge priority={priority} lang="en" full />);
    expect(label()).toBe(priority.text.en);
    rerender(<PriorityBadge priority={priority} lang="en" />);
    expect(label()).toBe(priority.label.en);
  });

  it('the label is readable text (colour is never the only cue): the badge reads as number and label', () => {
    const priority = strategy.priorities.find((p) => /[æøå]/i.test(p.label.da)) ?? strategy.priorities[0]!;
    const { container } = render(<PriorityBadge priority={priority} lang="da" />);
    expect(container.textContent).toBe(`${priority.number}${priority.label.da}`);
  });

  it('PrioritySwatch alone is decorative (hidden from assistive technology)', () => {
    const { container } = render(<PrioritySwatch priority={strategy.priorities[7]!} />);
    const swatch = container.firstElementChild;
    expect(swatch?.getAttribute('aria-hidden')).toBe('true');
    expect(swatch?.textContent).toBe(String(strategy.priorities[7]!.number));
  });
});
