/**
 * MapLibre places a name whose box only partly fits the screen, so names at the map's edge, or at
 * the panel's, would show cut ("Ru", "Ch"). The map asks MapLibre which placed names cross those
 * edges (thin query strips along them) and hides them through feature-state.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Strip = [[number, number], [number, number]];

/** One-pixel strips, in map pixels, along the map's four edges and the panel's (clipped to the map). */
export function edgeStrips(map: Rect, overlay: Rect | null): Strip[] {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const strips = edgesOf({ left: 0, top: 0, right: width, bottom: height });
  if (!overlay) return strips;
  const o = {
    left: Math.max(0, overlay.left - map.left),
    top: Math.max(0, overlay.top - map.top),
    right: Math.min(width, overlay.right - map.left),
    bottom: Math.min(height, overlay.bottom - map.top),
  };
  if (o.right <= o.left || o.bottom <= o.top) return strips;
  return [...strips, ...edgesOf(o)];
}

function edgesOf({ left, top, right, bottom }: Rect): Strip[] {
  return [
    [
      [left, top],
      [left + 1, bottom],
    ],
    [
      [right - 1, top],
      [right, bottom],
    ],
    [
      [left, top],
      [right, top + 1],
    ],
    [
      [left, bottom - 1],
      [right, bottom],
    ],
  ];
}
