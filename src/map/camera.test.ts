import { describe, expect, it } from 'vitest';
import { MIN_SPAN, paddingFor, withContext } from './camera';

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

describe('withContext', () => {
  it('grows a small box about its middle to the least span, and leaves a large one alone', () => {
    const mykolaiv = withContext([
      [30.8, 46.2],
      [33.8, 48.2],
    ]);
    expect(mykolaiv[1][0] - mykolaiv[0][0]).toBeCloseTo(MIN_SPAN.lng, 9);
    expect(mykolaiv[1][1] - mykolaiv[0][1]).toBeCloseTo(MIN_SPAN.lat, 9);
    expect((mykolaiv[0][0] + mykolaiv[1][0]) / 2).toBeCloseTo(32.3, 9);
    // The Black Sea coast at Odesa (30.7 E, 46.5 N) and Crimea (34 E, 45 N) are in view.
    expect(mykolaiv[0][0]).toBeLessThan(30.7);
    expect(mykolaiv[0][1]).toBeLessThan(45);
    const africa: [[number, number], [number, number]] = [
      [-18, -35],
      [52, 38],
    ];
    expect(withContext(africa)).toEqual(africa);
  });

  it('never passes the latitudes Web Mercator can show', () => {
    const [[, south], [, north]] = withContext(
      [
        [0, 84],
        [1, 84.5],
      ],
      { lng: 1, lat: 10 },
    );
    expect(north).toBe(85);
    expect(south).toBeGreaterThan(-85);
  });
});
