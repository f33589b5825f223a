/** The map's camera limits and the room it leaves for the panel, as plain data and pure functions. */

export type Bounds = [[west: number, south: number], [east: number, north: number]];

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The part of a DOMRect the padding needs. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The world as the map frames it: Alaska to past New Zealand, Cape Horn to north Greenland. */
export const WORLD_BOUNDS: Bounds = [
  [-170, -56],
  [190, 78],
];
/** How close a fit to a region may come (small regions would fill the screen). */
export const FIT_MAX_ZOOM = 5.5;
export const MIN_ZOOM = 0.3;
export const MAX_ZOOM = 7;

/** The least a fit shows, in degrees: a small region comes with enough around it to place it. */
export const MIN_SPAN = { lng: 12, lat: 7 };

/**
 * A box grown, about its middle, to at least MIN_SPAN: Mykolaiv alone is a shape without context;
 * with the Black Sea coast, Moldova and Crimea around it, readers see where it lies.
 */
export function withContext([[west, south], [east, north]]: Bounds, min = MIN_SPAN): Bounds {
  const grow = (lo: number, hi: number, span: number) => {
    const extra = Math.max(0, span - (hi - lo)) / 2;
    return [lo - extra, hi + extra] as const;
  };
  const [w, e] = grow(west, east, min.lng);
  const [s, n] = grow(south, north, min.lat);
  return [
    [w, Math.max(-85, s)],
    [e, Math.min(85, n)],
  ];
}

/** Room for the panel: beside it on wide screens, above the bottom sheet on narrow ones. */
export function paddingFor(map: Box, panel: Box | null): Padding {
  const base = 24;
  const padding = { top: base, right: base, bottom: base, left: base };
  if (!panel) return padding;
  const sideBySide = panel.width < map.width * 0.6;
  if (sideBySide) padding.left = Math.min(map.width * 0.6, Math.max(base, panel.right - map.left + base));
  else padding.bottom = Math.min(map.height * 0.6, Math.max(base, map.bottom - panel.top + base));
  return padding;
}
