import type { Geometry, Position } from 'geojson';

/** The polygons of a geometry (none for other types). */
export function polygons(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Ray casting, written apart from the build's own (geo/lib/geometry.mjs) so the tests check it. */
function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is the point inside the geometry (inside an outer ring, outside its holes)? */
export function contains(geometry: Geometry | null, [x = 0, y = 0]: Position): boolean {
  return polygons(geometry).some(
    ([outer = [], ...holes]) => inRing(x, y, outer) && !holes.some((h) => inRing(x, y, h)),
  );
}
