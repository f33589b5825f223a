import { describe, expect, it } from 'vitest';
import { paddingFor } from './camera';

const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('paddingFor', () => {
  it('leaves room beside the panel on wide screens and above the bottom sheet on narrow ones', () => {
    expect(paddingFor(box(0, 60, 1350, 852), box(12, 72, 416, 828))).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 452,
    });
    const phone = paddingFor(box(0, 50, 390, 700), box(0, 365, 390, 385));
    expect(phone.left).toBe(24);
    expect(phone.bottom).toBeCloseTo(385 + 24, 6);
    expect(paddingFor(box(0, 0, 800, 600), null)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });
});
