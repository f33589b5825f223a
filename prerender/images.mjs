/**
 * The link-preview pictures of the static pages: 1200×630 PNG, the region on a map with its name
 * and the app's title. The same geometry the app draws (public/geo/world.json), projected with
 * d3-geo to SVG paths, rendered by resvg with a bundled font (DejaVu, free licence) and no system
 * fonts, so the bytes are the same on every machine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { geoAzimuthalEqualArea, geoCentroid, geoCircle, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

export const WIDTH = 1200;
export const HEIGHT = 630;
const BAND = 150;
// Paths are cut to the picture: what lies outside costs bytes and time only.
const VIEWPORT = [
  [-2, BAND - 2],
  [WIDTH + 2, HEIGHT + 2],
];
const COLOURS = {
  sea: '#d9e4ec',
  land: '#f4f1ea',
  border: '#c9ced3',
  region: '#2f6f9c',
  band: '#0b3350',
  title: '#d8e4ee',
  name: '#ffffff',
};

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * d3-geo reads rings on the sphere: an outer ring must run clockwise (seen in longitude and
 * latitude), else it stands for the rest of the globe. The app's geometry follows GeoJSON's
 * planar rule (counter-clockwise), which MapLibre does not mind: turned here, ring by ring.
 */
function forD3(feature) {
  const turn = (ring, outer) => {
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      area += (ring[i][0] - ring[j][0]) * (ring[i][1] + ring[j][1]);
    }
    // area > 0: clockwise.
    return area > 0 === outer ? ring : [...ring].reverse();
  };
  const polygon = (rings) => rings.map((ring, i) => turn(ring, i === 0));
  const { geometry } = feature;
  const coordinates =
    geometry.type === 'Polygon'
      ? polygon(geometry.coordinates)
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.map(polygon)
        : geometry.coordinates;
  return { ...feature, geometry: { ...geometry, coordinates } };
}

/** The Arctic as the app draws it: everything north of the Arctic Circle (66.5633° N), pole included. */
const ARCTIC = {
  type: 'Feature',
  properties: {},
  geometry: geoCircle()
    .center([0, 90])
    .radius(90 - 66.5633)(),
};

/** Countries and regions as GeoJSON, read once from the app's TopoJSON. */
export function readWorld(topology) {
  const countries = feature(topology, topology.objects.countries).features.map(forD3);
  const regions = new Map(
    feature(topology, topology.objects.regions).features.map((f) => [String(f.id), forD3(f)]),
  );
  return { countries, regions };
}

/**
 * The projection for a region: an azimuthal view centred on it, fitted to it with at least 9° of
 * context around its centre (Mykolaiv, the Faroe Islands); the whole world without one.
 */
function projectionFor(region) {
  const extent = [
    [40, BAND + 20],
    [WIDTH - 40, HEIGHT - 20],
  ];
  if (!region) return geoNaturalEarth1().fitExtent(extent, { type: 'Sphere' }).clipExtent(VIEWPORT);
  const centre = geoCentroid(region);
  const context = geoCircle().center(centre).radius(9)();
  return geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(90)
    .fitExtent(extent, {
      type: 'FeatureCollection',
      features: [region, { type: 'Feature', properties: {}, geometry: context }],
    })
    .clipExtent(VIEWPORT);
}

/**
 * The picture as SVG: the map, then a band with the app's title and the page's name. The land
 * is drawn without anti-aliasing: its hundreds of borders would double the PNG's bytes.
 */
export function previewSvg({ world, region, title, name }) {
  const shape = region === 'arctic' ? ARCTIC : region ? world.regions.get(region) : undefined;
  const path = geoPath(projectionFor(shape)).digits(1);
  // The overview lights every region but the Arctic, which the app hatches rather than fills.
  const highlighted = shape
    ? [shape]
    : [...world.regions].filter(([id]) => id !== 'arctic').map(([, f]) => f);
  const nameSize = Math.min(60, Math.floor((WIDTH - 100) / (0.66 * [...name].length)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOURS.sea}"/>`,
    `<path d="${world.countries.map((f) => path(f) ?? '').join('')}" fill="${COLOURS.land}" stroke="${COLOURS.border}" stroke-width="1" shape-rendering="crispEdges"/>`,
    `<path d="${highlighted.map((f) => path(f) ?? '').join('')}" fill="${COLOURS.region}" stroke="${COLOURS.region}" stroke-width="1.5"/>`,
    `<rect width="${WIDTH}" height="${BAND}" fill="${COLOURS.band}"/>`,
    `<text x="50" y="52" font-family="DejaVu Sans" font-size="28" fill="${COLOURS.title}">${escapeXml(title)}</text>`,
    `<text x="50" y="${58 + nameSize}" font-family="DejaVu Sans" font-weight="bold" font-size="${nameSize}" fill="${COLOURS.name}">${escapeXml(name)}</text>`,
    '</svg>',
  ].join('');
}

/** SVG to PNG with the bundled font only. */
export function renderPng(svg) {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: WIDTH },
  });
  return resvg.render().asPng();
}
