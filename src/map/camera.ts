/**
 * The map's opening frame, worked out without MapLibre, so the main chunk can place the still
 * preview of the world (worldPreview.ts) exactly where the map will draw it, before MapLibre has
 * loaded. The map (StrategyMap.tsx) opens with the same bounds, padding and zoom limits from here;
 * `openingWorld` does what MapLibre 6's `fitBounds` and its camera constraint do with them (Web
 * Mercator, north up, 512-pixel tiles). An e2e test holds the two together.
 */

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

/** The world's width (and height) at zoom 0, in pixels: one 512-pixel tile. */
export const WORLD_SIZE = 512;
/** Web Mercator's edge: the world square ends here, north and south. */
const MAX_LATITUDE = 85.051129;

/** A point's place on the zoom-0 world, in pixels from its north-west corner (-180, 85.05). */
export function toWorldPixels([lng, lat]: [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [
    ((180 + lng) / 360) * WORLD_SIZE,
    (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD_SIZE,
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

/** Where the zoom-0 world lands on the canvas: its size and its north-west corner, in CSS pixels. */
export interface WorldPlacement {
  size: number;
  left: number;
  top: number;
}

/**
 * Where the map opening on `bounds` puts the world, on a canvas of `width` x `height` with `padding`:
 * - the fit: the largest zoom (at most FIT_MAX_ZOOM) at which the box fits inside the padding, the
 *   box's middle in the middle of the padded area;
 * - then the constraint: the zoom within MIN_ZOOM..MAX_ZOOM, and never a view past the world's top or
 *   bottom edge: a world shorter than the canvas grows until it fills it, centred on the equator;
 *   otherwise the centre moves until the world's edge meets the canvas's.
 */
export function openingWorld(
  bounds: Bounds,
  width: number,
  height: number,
  padding: Padding,
): WorldPlacement {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = toWorldPixels([west, north]);
  const [x1, y1] = toWorldPixels([east, south]);
  const fitScale = Math.min(
    (width - padding.left - padding.right) / (x1 - x0),
    (height - padding.top - padding.bottom) / (y1 - y0),
  );
  const fitZoom = Math.min(Math.log2(fitScale), FIT_MAX_ZOOM);
  // The centre, in zoom-0 pixels: the box's middle, moved so it sits in the padded area's middle.
  const centerX = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / 2 ** fitZoom;
  let centerY = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / 2 ** fitZoom;

  let scale = 2 ** Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, fitZoom));
  if (WORLD_SIZE * scale < height) {
    scale = height / WORLD_SIZE;
    centerY = WORLD_SIZE / 2;
  } else {
    const half = height / 2 / scale;
    centerY = Math.min(WORLD_SIZE - half, Math.max(half, centerY));
  }
  return { size: WORLD_SIZE * scale, left: width / 2 - centerX * scale, top: height / 2 - centerY * scale };
}
