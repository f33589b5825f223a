#!/usr/bin/env node
// Builds ../public/geo/world.json (TopoJSON: countries, regions, arcticCircle, labels) from npm data.
// Deterministic: same inputs give byte-identical output. See README.md.
//
//   node build.mjs [--out <file>]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as topojsonClient from 'topojson-client';
import * as topojsonServer from 'topojson-server';
import mapshaper from 'mapshaper';
import polygonClipping from 'polygon-clipping';
import countries from 'i18n-iso-countries';
import { cutGeometry, densifyParallels } from './lib/antimeridian.mjs';
import {
  boundsOf,
  geometryAreaKm2,
  inGeometry,
  labelPoint,
  labelSpot,
  planarSignedArea2,
  polygonsOf,
} from './lib/geometry.mjs';
import { unitNames } from './lib/names.mjs';
import { SEAS } from './lib/seas.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The knobs. Changing any of them changes the output. */
export const SETTINGS = {
  /** mapshaper -simplify interval for the countries, in metres (spherical, weighted Visvalingam). */
  simplifyMetres: 5000,
  /** Units with no land border, simplified on their own at a coarser interval (metres). */
  simplifyAlone: { ATA: 15000 },
  /**
   * Units with no land border and less land than this (km², 50m data) take their shape from the
   * 10m data instead: at 1:50m the coasts of Fiji, Samoa, Bahrain or Barbados leave their capitals
   * in the sea. Each is simplified alone with Douglas-Peucker (it keeps peninsulas such as Suva's,
   * which Visvalingam cuts first) at 60 m per √km² of land, within 500..3000 m.
   */
  islandMaxKm2: 30000,
  islandMetres: [500, 3000],
  islandMetresPerRootKm2: 60,
  /** A country's name shows from the zoom where a circle of this radius (px) fits round its label point. */
  labelRoomPx: 8,
  /** ...but from this zoom at the latest (the map's max zoom is 7). */
  labelMaxZoom: 6,
  /** The same for Mykolaiv Oblast (10m admin-1 source). */
  mykolaivMetres: 6000,
  /** TopoJSON quantization (grid cells across the bounding box). */
  quantization: 50000,
  /** Degrees between vertices on the Arctic band and the Arctic Circle line. */
  arcticStep: 1,
};

/**
 * Natural Earth units without a (unique) ISO 3166-1 numeric code in world-atlas, and the codes
 * used for them: X.. codes are in ISO 3166's user-assigned range, so they never collide with a
 * real alpha-3 code. XKX is the code the EU and the IMF use for Kosovo.
 */
export const EXTRA_CODES = {
  Kosovo: 'XKX',
  'N. Cyprus': 'XNC',
  Somaliland: 'XSL',
  'Ashmore and Cartier Is.': 'XAC', // world-atlas gives it Australia's 036
  'Indian Ocean Ter.': 'XIO', // Australia's Christmas Island and Cocos (Keeling) Islands
  'Siachen Glacier': 'XSG',
};

/** Crimea and Sevastopol: the Russia polygon that lies wholly inside this box moves to Ukraine. */
const CRIMEA_BOX = { west: 32.4, south: 44.3, east: 36.7, north: 46.3 };
const CRIMEA_PROBES = [
  [34.1, 45.0],
  [33.52, 44.6],
];

const round = (x, digits) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function log(...args) {
  if (!process.env.GEO_QUIET) console.log('[geo]', ...args);
}

// ---------------------------------------------------------------------------------------------
// 1. Source: world-atlas countries-50m, with ids
// ---------------------------------------------------------------------------------------------

function loadSource() {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const geoms = topology.objects.countries.geometries;
  const seen = new Set();
  for (const g of geoms) {
    const name = g.properties.name;
    const code = EXTRA_CODES[name] ?? (g.id ? countries.numericToAlpha3(g.id) : undefined);
    if (!code) throw new Error(`No code for ${name} (${g.id})`);
    if (seen.has(code)) throw new Error(`Duplicate code ${code} (${name})`);
    seen.add(code);
    g.id = code;
    g.properties = { name };
  }
  return topology;
}

// ---------------------------------------------------------------------------------------------
// 2. Crimea belongs to Ukraine
// ---------------------------------------------------------------------------------------------

function moveCrimea(topology) {
  const geoms = topology.objects.countries.geometries;
  const rus = geoms.find((g) => g.id === 'RUS');
  const ukr = geoms.find((g) => g.id === 'UKR');
  const keep = [];
  const crimea = [];
  for (const polygon of rus.arcs) {
    const ring = topojsonClient.feature(topology, { type: 'Polygon', arcs: polygon }).geometry.coordinates[0];
    const inside = ring.every(
      ([x, y]) =>
        x >= CRIMEA_BOX.west && x <= CRIMEA_BOX.east && y >= CRIMEA_BOX.south && y <= CRIMEA_BOX.north,
    );
    (inside ? crimea : keep).push(polygon);
  }
  if (crimea.length !== 1) throw new Error(`Expected one Crimea polygon in RUS, found ${crimea.length}`);
  const crimeaGeom = { type: 'MultiPolygon', arcs: crimea };
  const crimeaShape = topojsonClient.feature(topology, crimeaGeom).geometry;
  for (const p of CRIMEA_PROBES) {
    if (!inGeometry(p, crimeaShape)) throw new Error(`Crimea polygon does not contain ${p}`);
  }
  rus.arcs = keep;
  const merged = topojsonClient.mergeArcs(topology, [ukr, crimeaGeom]);
  if (merged.arcs.length !== ukr.arcs.length) {
    throw new Error('Crimea did not merge into Ukraine along a shared border');
  }
  ukr.type = merged.type;
  ukr.arcs = merged.arcs;
  log(`moved Crimea (${crimea.length} polygon) from RUS to UKR`);
}

// ---------------------------------------------------------------------------------------------
// 3. Simplify (mapshaper, topology-aware), then cut at the antimeridian
// ---------------------------------------------------------------------------------------------

async function simplify(featureCollection, metres, method = '') {
  const out = await mapshaper.applyCommands(
    `-i in.json -simplify ${method} interval=${metres} keep-shapes -o out.json format=geojson`,
    { 'in.json': featureCollection },
  );
  return JSON.parse(String(out['out.json']));
}

function cleanGeometry(geometry) {
  const cut = cutGeometry(geometry);
  const polys = polygonsOf(cut).map((poly) => poly.map((ring) => densifyParallels(ring)));
  return { type: 'MultiPolygon', coordinates: polys };
}

/**
 * world-atlas gives Antarctica a ring running round the pole at -89.999 (d3's spherical
 * convention); mapshaper mangles it, and the cut closes the coast along the pole anyway.
 */
function withoutPolarRings(geometry) {
  const polys = polygonsOf(geometry)
    .map((poly) => poly.filter((ring) => !ring.every(([, y]) => Math.abs(y) >= 89.9)))
    .filter((poly) => poly.length);
  return { type: 'MultiPolygon', coordinates: polys };
}

/** The simplification interval (m) of a small island unit: finer the smaller it is. */
function islandInterval(areaKm2) {
  const [min, max] = SETTINGS.islandMetres;
  return Math.round(Math.min(max, Math.max(min, SETTINGS.islandMetresPerRootKm2 * Math.sqrt(areaKm2))));
}

/** Ids of units that share no arc (no land border) with any other unit. */
function borderFree(topology) {
  const users = new Map();
  const visit = (arcs, id) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a, id);
      else {
        const k = a < 0 ? ~a : a;
        if (!users.has(k)) users.set(k, new Set());
        users.get(k).add(id);
      }
    }
  };
  const geoms = topology.objects.countries.geometries;
  for (const g of geoms) visit(g.arcs, g.id);
  const shared = new Set();
  for (const ids of users.values()) if (ids.size > 1) for (const id of ids) shared.add(id);
  return new Set(geoms.map((g) => g.id).filter((id) => !shared.has(id)));
}

/** Natural Earth 10m shapes by unit name (world-atlas countries-10m). */
function loadTenMetre() {
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  const byName = new Map();
  for (const f of topojsonClient.feature(topology, topology.objects.countries).features) {
    if (byName.has(f.properties.name)) throw new Error(`Two 10m units named ${f.properties.name}`);
    byName.set(f.properties.name, f.geometry);
  }
  return byName;
}

async function buildCountries(topology) {
  const free = borderFree(topology);
  const tenMetre = loadTenMetre();
  const fc = topojsonClient.feature(topology, topology.objects.countries);
  const islands = new Map();
  const features = fc.features.map((f) => {
    let geometry = f.geometry;
    const area = geometryAreaKm2(cutGeometry(geometry));
    if (free.has(f.id) && area < SETTINGS.islandMaxKm2 && tenMetre.has(f.properties.name)) {
      islands.set(f.id, area);
      geometry = tenMetre.get(f.properties.name);
    }
    return {
      type: 'Feature',
      properties: { id: f.id, name: f.properties.name },
      geometry: withoutPolarRings(geometry),
    };
  });
  log(`${islands.size} small island units from the 10m data`);
  // Units sharing no border with any other (Antarctica) may be simplified on their own, harder.
  const alone = features.filter((f) => SETTINGS.simplifyAlone[f.properties.id]);
  const fine = features.filter((f) => islands.has(f.properties.id));
  const together = features.filter(
    (f) => !SETTINGS.simplifyAlone[f.properties.id] && !islands.has(f.properties.id),
  );
  const simplified = (
    await simplify({ type: 'FeatureCollection', features: together }, SETTINGS.simplifyMetres)
  ).features;
  for (const f of fine) {
    const metres = islandInterval(islands.get(f.properties.id));
    simplified.push(...(await simplify({ type: 'FeatureCollection', features: [f] }, metres, 'dp')).features);
  }
  for (const f of alone) {
    const metres = SETTINGS.simplifyAlone[f.properties.id];
    simplified.push(...(await simplify({ type: 'FeatureCollection', features: [f] }, metres)).features);
  }
  return simplified
    .map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      properties: { name: f.properties.name },
      geometry: cleanGeometry(f.geometry),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// 4. Mykolaiv Oblast, clipped to Ukraine
// ---------------------------------------------------------------------------------------------

async function buildSubdivision(def, countryFeatures) {
  const source = JSON.parse(readFileSync(require.resolve(def.source), 'utf8'));
  const fc = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: def.clipTo }, geometry: source.geometry }],
  };
  const simplified = await simplify(fc, SETTINGS.mykolaivMetres);
  const clip = countryFeatures.find((f) => f.id === def.clipTo);
  const clipped = polygonClipping.intersection(
    polygonsOf(simplified.features[0].geometry),
    clip.geometry.coordinates,
  );
  return { type: 'MultiPolygon', coordinates: clipped };
}

// ---------------------------------------------------------------------------------------------
// 5. The Arctic band and the Arctic Circle
// ---------------------------------------------------------------------------------------------

function parallel(lat, from, to, step) {
  const n = Math.round(Math.abs(to - from) / step);
  const pts = [];
  for (let i = 0; i <= n; i++) pts.push([from + ((to - from) * i) / n, lat]);
  return pts;
}

function arcticBand({ south, north }) {
  const ring = [
    ...parallel(south, -180, 180, SETTINGS.arcticStep),
    ...parallel(north, 180, -180, SETTINGS.arcticStep),
  ];
  ring.push(ring[0]);
  return { type: 'Polygon', coordinates: [ring] };
}

// ---------------------------------------------------------------------------------------------
// 6. Topology, regions, properties
// ---------------------------------------------------------------------------------------------

/** Reverse rings so exteriors run counter-clockwise and holes clockwise (RFC 7946). */
function rewind(topology, geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  for (const poly of polys) {
    poly.forEach((ring, i) => {
      const coords = topojsonClient.feature(topology, { type: 'Polygon', arcs: [ring] }).geometry
        .coordinates[0];
      const ccw = planarSignedArea2(coords) > 0;
      if (ccw !== (i === 0)) {
        ring.reverse();
        for (let k = 0; k < ring.length; k++) ring[k] = ~ring[k];
      }
    });
  }
}

/** Drop rings that quantization collapsed to nothing, and polygons whose exterior collapsed. */
function dropDegenerate(topology, geometry) {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return 0;
  const polys = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  // The smallest non-degenerate lattice triangle has doubled area scale[0] * scale[1].
  const minArea2 = topology.transform.scale[0] * topology.transform.scale[1] * 0.5;
  let dropped = 0;
  const kept = [];
  for (const poly of polys) {
    const rings = poly.filter((ring) => {
      const coords = topojsonClient.feature(topology, { type: 'Polygon', arcs: [ring] }).geometry
        .coordinates[0];
      const ok = Math.abs(planarSignedArea2(coords)) > minArea2;
      if (!ok) dropped++;
      return ok;
    });
    if (rings.length && rings[0] === poly[0]) kept.push(rings);
    else if (rings.length) dropped += rings.length;
  }
  geometry.type = 'MultiPolygon';
  geometry.arcs = kept;
  return dropped;
}

/** Remove arcs no geometry uses any more and renumber the rest. */
function pruneArcs(topology) {
  const used = new Set();
  const visit = (arcs, depth) => {
    if (depth === 0) arcs.forEach((a) => used.add(a < 0 ? ~a : a));
    else arcs.forEach((a) => visit(a, depth - 1));
  };
  const depthOf = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };
  const each = (fn) => {
    for (const obj of Object.values(topology.objects)) {
      const geoms = obj.type === 'GeometryCollection' ? obj.geometries : [obj];
      geoms.forEach((g) => g.arcs && fn(g, depthOf[g.type]));
    }
  };
  each((g, d) => visit(g.arcs, d));
  const map = new Map();
  const arcs = [];
  topology.arcs.forEach((arc, i) => {
    if (used.has(i)) {
      map.set(i, arcs.length);
      arcs.push(arc);
    }
  });
  const remap = (a) => (a < 0 ? ~map.get(~a) : map.get(a));
  const rewrite = (arcsList, depth) =>
    depth === 0 ? arcsList.map(remap) : arcsList.map((x) => rewrite(x, depth - 1));
  each((g, d) => {
    g.arcs = rewrite(g.arcs, d);
  });
  const removed = topology.arcs.length - arcs.length;
  topology.arcs = arcs;
  return removed;
}

/**
 * A label point on the topology's quantization grid that still lies inside `shape` once decoded:
 * the grid point nearest `point` among those inside, searching outwards a few cells.
 */
function snapInside(topology, point, shape, what) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const qx = Math.round((point[0] - tx) / sx);
  const qy = Math.round((point[1] - ty) / sy);
  for (let r = 0; r <= 4; r++) {
    let best = null;
    for (let dx = -r; dx <= r; dx++) {
      for (let dy = -r; dy <= r; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        const q = [qx + dx, qy + dy];
        const d = Math.hypot(q[0] * sx + tx - point[0], q[1] * sy + ty - point[1]);
        if (inGeometry([q[0] * sx + tx, q[1] * sy + ty], shape) && (!best || d < best.d)) best = { q, d };
      }
    }
    if (best) return best.q;
  }
  throw new Error(`No grid point inside ${what} near its label point ${point}`);
}

/** Zoom from which a circle of SETTINGS.labelRoomPx fits in `room` (degrees of Mercator x). */
function minZoomFor(room) {
  const z = Math.log2((SETTINGS.labelRoomPx * 360) / (512 * room));
  return Math.min(SETTINGS.labelMaxZoom, Math.max(0, Math.round(z * 10) / 10));
}

/**
 * The `labels` object: a Point per country unit (at the pole of inaccessibility of its largest
 * polygon, in Web Mercator) and per sea, with Danish and English names, `rank` (1 first, by area
 * for countries) and `minzoom`.
 */
function buildLabels(topology) {
  const countries = topology.objects.countries.geometries.map((g) => {
    const shape = topojsonClient.feature(topology, g).geometry;
    const { point, room } = labelSpot(shape);
    const names = unitNames(g.id);
    return {
      id: g.id,
      area: geometryAreaKm2(shape),
      coordinates: snapInside(topology, point, shape, g.id),
      properties: {
        id: g.id,
        kind: 'country',
        name_da: names.da,
        name_en: names.en,
        minzoom: minZoomFor(room),
      },
    };
  });
  countries.sort((a, b) => b.area - a.area || (a.id < b.id ? -1 : 1));
  countries.forEach((c, i) => {
    c.properties.rank = i + 1;
  });
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const seas = SEAS.map(({ id, point, ...props }) => ({
    id,
    coordinates: [Math.round((point[0] - tx) / sx), Math.round((point[1] - ty) / sy)],
    properties: { id, kind: 'sea', ...props },
  }));
  const geometries = [...countries, ...seas]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id, coordinates, properties }) => ({ type: 'Point', id, coordinates, properties }));
  return { type: 'GeometryCollection', geometries };
}

/** JSON with object keys sorted at every level: stable bytes. */
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function build() {
  const regionDefs = JSON.parse(readFileSync(join(here, 'regions.json'), 'utf8'));
  const source = loadSource();
  moveCrimea(source);

  const countryFeatures = await buildCountries(source);
  log(`${countryFeatures.length} countries simplified at ${SETTINGS.simplifyMetres} m and cut`);
  const ids = new Set(countryFeatures.map((f) => f.id));
  for (const [id, def] of Object.entries(regionDefs)) {
    for (const m of [...def.members, ...(def.clipTo ? [def.clipTo] : [])]) {
      if (!ids.has(m)) throw new Error(`Region ${id}: unknown member ${m}`);
    }
  }

  const special = {};
  for (const [id, def] of Object.entries(regionDefs)) {
    if (def.kind === 'subdivision') special[id] = await buildSubdivision(def, countryFeatures);
    else if (def.kind === 'zone') special[id] = arcticBand(def.zone);
  }
  const arcticZone = Object.values(regionDefs).find((d) => d.kind === 'zone').zone;

  const objects = {
    countries: { type: 'FeatureCollection', features: countryFeatures },
    arcticCircle: {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: parallel(arcticZone.south, -180, 180, SETTINGS.arcticStep),
      },
    },
  };
  for (const [id, geometry] of Object.entries(special)) {
    objects[`region:${id}`] = { type: 'Feature', properties: {}, geometry };
  }
  const topology = topojsonServer.topology(objects, SETTINGS.quantization);

  let dropped = 0;
  for (const g of topology.objects.countries.geometries) {
    dropped += dropDegenerate(topology, g);
    if (!g.arcs.length) throw new Error(`${g.id} vanished`);
  }

  // Regions: merged member countries (shared arcs) or their own geometry.
  const regionGeoms = [];
  const countryById = new Map(topology.objects.countries.geometries.map((g) => [g.id, g]));
  for (const id of Object.keys(regionDefs).sort()) {
    const def = regionDefs[id];
    if (def.kind === 'global') continue;
    let geom;
    if (special[id]) {
      const obj = topology.objects[`region:${id}`];
      delete topology.objects[`region:${id}`];
      geom = { type: obj.type, arcs: obj.arcs };
      dropped += dropDegenerate(topology, geom);
    } else {
      const merged = topojsonClient.mergeArcs(
        topology,
        def.members.map((m) => countryById.get(m)),
      );
      geom = { type: merged.type, arcs: merged.arcs };
    }
    geom.id = id;
    regionGeoms.push({ geom, def });
  }
  topology.objects.regions = { type: 'GeometryCollection', geometries: regionGeoms.map((r) => r.geom) };
  if (dropped) log(`dropped ${dropped} rings collapsed by quantization`);

  for (const g of topology.objects.countries.geometries) rewind(topology, g);
  for (const { geom } of regionGeoms) rewind(topology, geom);
  const pruned = pruneArcs(topology);
  if (pruned) log(`pruned ${pruned} unused arcs`);

  // Properties from the decoded, quantized geometry (what the app will see).
  for (const { geom, def } of regionGeoms) {
    const shape = topojsonClient.feature(topology, geom).geometry;
    const [w, s, e, n] = boundsOf(shape);
    const label = def.label ?? labelPoint(shape);
    const props = {
      id: geom.id,
      kind: def.kind,
      area: Math.round(geometryAreaKm2(shape)),
      bounds: [
        Math.floor(w * 1e4) / 1e4,
        Math.floor(s * 1e4) / 1e4,
        Math.ceil(e * 1e4) / 1e4,
        Math.ceil(n * 1e4) / 1e4,
      ],
      label: [round(label[0], 3), round(label[1], 3)],
    };
    if (!inGeometry(props.label, shape)) throw new Error(`Label of ${geom.id} ${props.label} is outside it`);
    geom.properties = props;
  }

  // arcticCircle: a bare geometry, no properties.
  const circle = topology.objects.arcticCircle;
  topology.objects.arcticCircle = { type: circle.type, arcs: circle.arcs };

  topology.objects.labels = buildLabels(topology);

  topology.attribution = 'Made with Natural Earth';
  return canonicalJson(topology) + '\n';
}

async function main() {
  const argv = process.argv.slice(2);
  const outIdx = argv.indexOf('--out');
  const out = outIdx >= 0 ? resolve(argv[outIdx + 1]) : resolve(here, '../public/geo/world.json');
  const text = await build();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const gz = gzipSync(text, { level: 9 }).length;
  log(`wrote ${out}: ${(text.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
