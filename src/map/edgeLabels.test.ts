import { describe, expect, it } from 'vitest';
import { edgeStrips } from './edgeLabels';

describe('edgeStrips', () => {
  const map = { left: 0, top: 60, right: 390, bottom: 844 };

  it('runs a one-pixel strip along each edge of the map, in map pixels', () => {
    expect(edgeStrips(map, null)).toEqual([
      [
        [0, 0],
        [1, 784],
      ],
      [
        [389, 0],
        [390, 784],
      ],
      [
        [0, 0],
        [390, 1],
      ],
      [
        [0, 783],
        [390, 784],
      ],
    ]);
  });

  it("adds the panel's edges, clipped to the map, and ignores a panel beside it", () => {
    const sheet = { left: 0, top: 460, right: 390, bottom: 900 };
    const strips = edgeStrips(map, sheet);
    expect(strips).toHaveLength(8);
    // The sheet's top edge, 400 px down the map.
    expect(strips).toContainEqual([
      [0, 400],
      [390, 401],
    ]);
    expect(edgeStrips(map, { left: 400, top: 60, right: 500, bottom: 844 })).toHaveLength(4);
  });
});
