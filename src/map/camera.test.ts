import { describe, expect, it } from 'vitest';
import { openingWorld, paddingFor, toWorldPixels, WORLD_BOUNDS, WORLD_SIZE } from './camera';

const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

describe('toWorldPixels', () => {
  it("puts Web Mercator's north-west corner at 0,0, (0, 0) in the middle, and its south-east corner at 512,512", () => {
    const [x0, y0] = toWorldPixels([-180, 85.051129]);
    expect(x0).toBe(0);
    expect(y0).toBeCloseTo(0, 3);
    expect(toWorldPixels([0, 0])).toEqual([256, 256]);
    const [x1, y1] = toWorldPixels([180, -90]);
    expect(x1).toBe(WORLD_SIZE);
    expect(y1).toBeCloseTo(WORLD_SIZE, 3);
  });
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

describe('openingWorld', () => {
  const padding = { top: 24, right: 24, bottom: 24, left: 452 };

  it('places the world where MapLibre 6.17 opened it beside the panel (1350 x 853)', () => {
    // MapLibre's fitBounds gave zoom 0.7714894695005986 and centre (-78.14645308924489, 4.32084):
    // the fitted world was 874 pixels tall, taller than the canvas, so the centre moved north until
    // the world's top edge met the canvas's.
    const scale = 2 ** 0.7714894695005986;
    const [cx, cy] = toWorldPixels([-78.14645308924489, 4.32084]);
    const placed = openingWorld(WORLD_BOUNDS, 1350, 853, padding);
    expect(placed.size).toBeCloseTo(WORLD_SIZE * scale, 6);
    expect(placed.left).toBeCloseTo(675 - cx * scale, 2);
    expect(placed.top).toBeCloseTo(426.5 - cy * scale, 2);
    expect(placed.top).toBeCloseTo(0, 2);
  });

  it('grows a world shorter than the canvas until it fills the height, centred on the equator', () => {
    const placed = openingWorld(WORLD_BOUNDS, 900, 900, padding);
    expect(placed.size).toBeCloseTo(900, 9);
    expect(placed.top).toBeCloseTo(0, 9);
    // The fitted centre's longitude stays: the box's middle, moved right of the panel.
    const fitScale = (900 - 452 - 24) / (toWorldPixels([190, 0])[0] - toWorldPixels([-170, 0])[0]);
    const centreX = toWorldPixels([10, 0])[0] - 214 / fitScale;
    expect(placed.left).toBeCloseTo(450 - centreX * (900 / WORLD_SIZE), 6);
  });

  it("keeps the world's bottom edge on the canvas's when the fit would show past it", () => {
    // A wide, short canvas: the box fits by its height, and the world is far taller than the canvas.
    const placed = openingWorld(WORLD_BOUNDS, 3000, 400, { top: 24, right: 24, bottom: 24, left: 24 });
    expect(placed.top).toBeLessThanOrEqual(0);
    expect(placed.top + placed.size).toBeGreaterThanOrEqual(400);
    const [, north] = toWorldPixels([0, 78]);
    const [, south] = toWorldPixels([0, -56]);
    // Nothing clamped here: the box's middle is in the middle of the canvas.
    expect(placed.top + ((north + south) / 2) * (placed.size / WORLD_SIZE)).toBeCloseTo(200, 6);
  });
});
