// Cut polygons that Natural Earth / world-atlas stitches across the antimeridian (for d3's
// spherical rendering) into pieces that each lie within -180..180, so that a planar, non-wrapping
// renderer such as MapLibre draws no full-width streaks. Pole-enclosing rings (Antarctica) are
// closed along the pole so they become filled planar polygons.
import polygonClipping from 'polygon-clipping';

const BOX = [
  [
    [-180, -90],
    [180, -90],
    [180, 90],
    [-180, 90],
    [-180, -90],
  ],
];

/** True when the ring has a segment jumping more than 180° of longitude or a vertex outside ±180. */
function needsCut(ring) {
  for (let i = 0; i < ring.length; i++) {
    const x = ring[i][0];
    if (x < -180 || x > 180) return true;
    if (i > 0 && Math.abs(x - ring[i - 1][0]) > 180) return true;
  }
  return false;
}

/** Make longitudes continuous: every step becomes the shortest way round (-180, 180]. */
function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    let d = ring[i][0] - ring[i - 1][0];
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    out.push([out[i - 1][0] + d, ring[i][1]]);
  }
  return out;
}

/** A ring that only runs round a pole (world-atlas adds one at -89.999 to Antarctica). */
function isPolarDegenerate(ring) {
  return ring.every((p) => Math.abs(p[1]) >= 89.9);
}

function xRange(ring) {
  let min = Infinity;
  let max = -Infinity;
  for (const [x] of ring) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

function shift(ring, dx) {
  return ring.map(([x, y]) => [x + dx, y]);
}

/**
 * Cut one polygon (array of rings, GeoJSON order). Returns an array of polygons (a MultiPolygon's
 * coordinates), each within -180..180 with no segment longer than 180° of longitude.
 */
export function cutPolygon(polygon) {
  if (!polygon.some(needsCut)) return [polygon];
  const rings = polygon.filter((r) => !isPolarDegenerate(r)).map(unwrap);
  if (rings.length === 0) return [];
  const closed = [];
  const [minX0, maxX0] = xRange(rings[0]);
  const centre = (minX0 + maxX0) / 2;
  for (const ring of rings) {
    const first = ring[0];
    const last = ring[ring.length - 1];
    const net = last[0] - first[0];
    let r = ring;
    if (Math.abs(net) > 1e-9) {
      // Encloses a pole: close it along the pole's latitude.
      const meanLat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
      const pole = meanLat < 0 ? -90 : 90;
      r = [...ring, [last[0], pole], [first[0], pole], [first[0], first[1]]];
    }
    // Bring every ring into the frame of the first (outer) ring.
    const [minX, maxX] = xRange(r);
    const k = Math.round((centre - (minX + maxX) / 2) / 360);
    closed.push([k ? shift(r, k * 360) : r]);
  }
  // Even-odd union of the rings is the polygon with its holes.
  const merged = closed.length === 1 ? [closed[0]] : polygonClipping.xor(closed[0], ...closed.slice(1));
  let minX = Infinity;
  let maxX = -Infinity;
  for (const poly of merged) {
    const [a, b] = xRange(poly[0]);
    minX = Math.min(minX, a);
    maxX = Math.max(maxX, b);
  }
  const out = [];
  for (let k = Math.floor((minX + 180) / 360); k <= Math.ceil((maxX - 180) / 360); k++) {
    const dx = -k * 360;
    const moved = merged.map((poly) => poly.map((ring) => shift(ring, dx)));
    for (const piece of polygonClipping.intersection(moved, BOX)) out.push(piece);
  }
  return out;
}

/** Cut a Polygon/MultiPolygon geometry; returns a geometry (MultiPolygon when cut). */
export function cutGeometry(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polys.some((p) => p.some(needsCut))) return geometry;
  const out = polys.flatMap(cutPolygon);
  return { type: 'MultiPolygon', coordinates: out };
}

/**
 * Insert vertices into segments that run along a parallel for more than `step` degrees of
 * longitude (the pole closures and the antimeridian cuts leave such edges), so that no segment
 * jumps far and the edge follows its parallel on a globe too.
 */
export function densifyParallels(ring, step = 10) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    const dx = x1 - x0;
    if (Math.abs(dx) > step && y0 === y1) {
      const n = Math.ceil(Math.abs(dx) / step);
      for (let j = 1; j < n; j++) out.push([x0 + (dx * j) / n, y0]);
    }
    out.push(ring[i]);
  }
  return out;
}
