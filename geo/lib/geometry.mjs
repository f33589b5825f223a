// Small planar/spherical helpers on GeoJSON coordinates (lon/lat degrees).
import polylabel from 'polylabel';

const R = 6371.0088; // mean Earth radius, km
const rad = (d) => (d * Math.PI) / 180;

/** Polygons of a Polygon/MultiPolygon geometry (empty for anything else). */
export function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Spherical area of a ring in km², unsigned (Chamberlain & Duquette 2007, as in turf). */
export function ringAreaKm2(ring) {
  const n = ring.length;
  if (n < 4) return 0;
  let total = 0;
  for (let i = 0; i < n - 1; i++) {
    const lower = ring[i];
    const middle = ring[(i + 1) % (n - 1)];
    const upper = ring[(i + 2) % (n - 1)];
    total += (rad(upper[0]) - rad(lower[0])) * Math.sin(rad(middle[1]));
  }
  return Math.abs((total * R * R) / 2);
}

export function polygonAreaKm2(polygon) {
  let a = ringAreaKm2(polygon[0]);
  for (let i = 1; i < polygon.length; i++) a -= ringAreaKm2(polygon[i]);
  return Math.max(0, a);
}

export function geometryAreaKm2(geometry) {
  return polygonsOf(geometry).reduce((s, p) => s + polygonAreaKm2(p), 0);
}

/** Twice the signed planar area (positive = counter-clockwise with y up). */
export function planarSignedArea2(ring) {
  let a = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a;
}

/**
 * [west, south, east, north] of polygons that each lie within -180..180. Longitude is the
 * smallest interval covering every polygon on the circle: when it crosses the antimeridian, east
 * exceeds 180 so that west < east.
 */
export function boundsOf(geometry) {
  let south = Infinity;
  let north = -Infinity;
  const intervals = [];
  for (const poly of polygonsOf(geometry)) {
    let w = Infinity;
    let e = -Infinity;
    for (const [x, y] of poly[0]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    intervals.push([w, e]);
  }
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([...iv]);
  }
  // The largest gap between covered intervals, the one across the antimeridian included.
  const first = merged[0];
  const last = merged[merged.length - 1];
  let west = first[0];
  let east = last[1];
  let gap = first[0] + 360 - last[1];
  for (let i = 0; i + 1 < merged.length; i++) {
    const g = merged[i + 1][0] - merged[i][1];
    if (g > gap) {
      gap = g;
      west = merged[i + 1][0];
      east = merged[i][1] + 360;
    }
  }
  return [west, south, east, north];
}

const mercY = (lat) =>
  (Math.log(Math.tan(Math.PI / 4 + rad(Math.max(-85, Math.min(85, lat))) / 2)) * 180) / Math.PI;
const invMercY = (y) => (Math.atan(Math.sinh(rad(y))) * 180) / Math.PI;

/** The largest polygon of a geometry (by area), projected to Web Mercator for polylabel. */
function largestInMercator(geometry) {
  let best = null;
  let bestArea = -1;
  for (const poly of polygonsOf(geometry)) {
    const a = polygonAreaKm2(poly);
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  return best.map((ring) => ring.map(([x, y]) => [x, mercY(y)]));
}

/** Pole of inaccessibility of the largest polygon (by area), computed in Web Mercator. */
export function labelPoint(geometry) {
  const [x, y] = polylabel(largestInMercator(geometry), 0.01);
  return [x, invMercY(y)];
}

/**
 * The label spot of the largest polygon (by area): its pole of inaccessibility in Web Mercator,
 * and `room`, the radius of the largest circle round it inside the polygon, in degrees of Mercator
 * x (1° = 512 * 2^z / 360 px at zoom z on a 512-px-tile map).
 */
export function labelSpot(geometry) {
  const projected = largestInMercator(geometry);
  const [w, s, e, n] = boundsOf({ type: 'Polygon', coordinates: [projected[0]] });
  const precision = Math.max(1e-4, Math.min(e - w, n - s) / 200);
  const spot = polylabel(projected, precision);
  return { point: [spot[0], invMercY(spot[1])], room: spot.distance };
}

/** Ray casting: is [x, y] inside the ring? */
export function inRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inGeometry(point, geometry) {
  return polygonsOf(geometry).some(
    (poly) => inRing(point, poly[0]) && !poly.slice(1).some((hole) => inRing(point, hole)),
  );
}
