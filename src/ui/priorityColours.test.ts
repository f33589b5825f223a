import { expect, it } from 'vitest';
import { contrast, PRIORITY_COLOURS } from './priorityColours';

it('every priority number is readable on its colour (WCAG AA, 4.5:1)', () => {
  for (const [id, { swatch, ink }] of Object.entries(PRIORITY_COLOURS)) {
    expect(contrast(swatch, ink), id).toBeGreaterThanOrEqual(4.5);
  }
  expect(new Set(Object.values(PRIORITY_COLOURS).map((c) => c.swatch)).size).toBe(8);
});
