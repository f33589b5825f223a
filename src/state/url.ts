/**
 * The URL codec: the public URL contract (docs/url-contract.md) as pure functions.
 *
 *   ?region=mykolaiv&priority=defence,resilience&q=nato&lang=en&view=20.1,53.5,28.3,59.9
 *
 * `parseUrl` is total: any string (with or without the leading '?') gives a valid `UrlState`
 * plus the parts it ignored and why (shown to the reader as plain text). It never throws.
 * `serializeUrl` writes the canonical form: defaults left out, params in the order above, ids
 * lowercase, priorities in PRIORITY_IDS order joined by a literal comma, q percent-encoded
 * (space as %20), view numbers with at most 2 decimals and no trailing zeros. It never writes
 * what `parseUrl` would ignore, so `parseUrl(serializeUrl(s))` gives `s` back for every valid
 * state, and `serializeUrl(parseUrl(x).state)` is a fixed point for every string x.
 *
 * Choices:
 * - Param names match exactly. Values of region, priority and lang are trimmed and lowercased
 *   before lookup, so a hand-typed `region=Mykolaiv` works.
 * - An empty or blank value (`region=`, `region`) is the same as leaving the param out: not reported.
 * - A param given more than once: the first non-empty one is used, even if it is invalid;
 *   each later one is reported as 'duplicate'. Unknown params are reported each time they occur.
 * - priority: unknown entries are reported one by one (each distinct entry once), known ones kept.
 * - q: trimmed; runs of whitespace and control characters become one space; longer than
 *   MAX_Q_LENGTH (UTF-16 units, after that) -> 'too-long'.
 * - view: the area the reader saw, `west,south,east,north` (east may pass 180 across the
 *   antimeridian), or, from older links, `zoom/lat/lng`; each number `-?digits[.digits]` (no
 *   exponent, no '+'); rounded to 2 decimals, then range-checked; out of range -> the whole view is
 *   ignored (not clamped).
 * - A query longer than MAX_QUERY_LENGTH: only the whole params within its first MAX_QUERY_LENGTH
 *   chars are read; the rest is reported once, as 'too-long' under the name of the first dropped
 *   param. The longest URL `serializeUrl` can write is shorter than that (tested).
 * - Reported names and values are cut to at most DISPLAY_LENGTH chars (with '…').
 */
import type { Lang, PriorityId, RegionId } from '../content/ids';
import { LANGS, PRIORITY_IDS, REGION_IDS, isOneOf } from '../content/ids';

/**
 * The area the reader saw, beside the panel or above the sheet: fitted again on any screen, so a
 * link made on a laptop shows the same area on a phone. `east` > `west`; it passes 180 when the
 * area crosses the antimeridian.
 */
export interface BoundsView {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A centre and a zoom: how links before bounds views held the view. Still read and kept. */
export interface CenterView {
  zoom: number;
  lat: number;
  lng: number;
}

export type View = BoundsView | CenterView;

export function isBoundsView(view: View): view is BoundsView {
  return 'west' in view;
}

export interface UrlState {
  region: RegionId | null;
  /** Unique, in PRIORITY_IDS order. */
  priorities: PriorityId[];
  /** Search text, normalized (see `normalizeQuery`); '' = none. */
  q: string;
  /** null = not in the URL: the app uses the browser's language. */
  lang: Lang | null;
  /** null = not in the URL: the default view. */
  view: View | null;
}

export const DEFAULT_URL_STATE: UrlState = { region: null, priorities: [], q: '', lang: null, view: null };

export type IgnoredReason =
  | 'unknown-param'
  | 'duplicate'
  | 'too-long'
  | 'unknown-region'
  | 'unknown-priority'
  | 'bad-lang'
  | 'bad-view'
  | 'view-out-of-range';

/** A part of the link that was ignored. Shown as TEXT only, never as HTML. */
export interface IgnoredPart {
  param: string;
  value: string;
  reason: IgnoredReason;
}

export const MAX_Q_LENGTH = 200;
export const MAX_QUERY_LENGTH = 2000;
export const DISPLAY_LENGTH = 40;

const PARAMS = ['region', 'priority', 'q', 'lang', 'view'] as const;
type Param = (typeof PARAMS)[number];

const ZOOM = { min: 0, max: 20 };
const LAT = { min: -85, max: 85 };
const LNG = { min: -180, max: 180 };

// ---- parsing ----

export function parseUrl(search: string): { state: UrlState; ignored: IgnoredPart[] } {
  const state: UrlState = { ...DEFAULT_URL_STATE, priorities: [] };
  const ignored: IgnoredPart[] = [];
  const query = typeof search === 'string' ? search.replace(/^\?/, '') : '';
  const { kept, dropped } = splitTooLong(query);
  const seen = new Set<string>();

  for (const [name, rawValue] of readParams(kept)) {
    const value = rawValue.trim();
    if (value === '') continue;
    if (!isOneOf(PARAMS, name)) {
      ignored.push(part(name, value, 'unknown-param'));
    } else if (seen.has(name)) {
      ignored.push(part(name, value, 'duplicate'));
    } else {
      seen.add(name);
      ignored.push(...applyParam(state, name, value));
    }
  }
  if (dropped !== '') {
    const [first] = readParams(dropped);
    ignored.push(part(first?.[0] ?? '', first?.[1] ?? dropped, 'too-long'));
  }
  return { state, ignored };
}

/** Set one param's value on `state`; returns what was ignored. `value` is trimmed and non-empty. */
function applyParam(state: UrlState, name: Param, value: string): IgnoredPart[] {
  switch (name) {
    case 'region': {
      const id = value.toLowerCase();
      if (!isOneOf(REGION_IDS, id)) return [part(name, value, 'unknown-region')];
      state.region = id;
      return [];
    }
    case 'priority': {
      const { priorities, unknown } = parsePriorities(value);
      state.priorities = priorities;
      return unknown.map((entry) => part(name, entry, 'unknown-priority'));
    }
    case 'q': {
      const q = normalizeQuery(value);
      if (q.length > MAX_Q_LENGTH) return [part(name, value, 'too-long')];
      state.q = q;
      return [];
    }
    case 'lang': {
      const lang = value.toLowerCase();
      if (!isOneOf(LANGS, lang)) return [part(name, value, 'bad-lang')];
      state.lang = lang;
      return [];
    }
    case 'view': {
      const view = parseView(value);
      if (typeof view === 'string') return [part(name, value, view)];
      state.view = view;
      return [];
    }
  }
}

/** Name/value pairs of a query, decoded the WHATWG way ('+' is a space; bad %-escapes give U+FFFD). */
function readParams(query: string): [string, string][] {
  try {
    return [...new URLSearchParams(query)];
  } catch {
    return []; // not expected: URLSearchParams does not throw on a string; kept so parsing stays total
  }
}

/** Cut an over-long query after its last whole param within MAX_QUERY_LENGTH chars. */
function splitTooLong(query: string): { kept: string; dropped: string } {
  if (query.length <= MAX_QUERY_LENGTH) return { kept: query, dropped: '' };
  const cut = Math.max(query.lastIndexOf('&', MAX_QUERY_LENGTH), 0);
  return { kept: query.slice(0, cut), dropped: query.slice(cut).replace(/^&+/, '') };
}

function parsePriorities(value: string): { priorities: PriorityId[]; unknown: string[] } {
  const entries = value.split(',').map((entry) => entry.trim());
  const ids = new Set(entries.map((entry) => entry.toLowerCase()));
  const unknown = entries.filter(
    (entry, i) => entry !== '' && !isOneOf(PRIORITY_IDS, entry.toLowerCase()) && entries.indexOf(entry) === i,
  );
  return { priorities: PRIORITY_IDS.filter((id) => ids.has(id)), unknown };
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

function parseView(value: string): View | 'bad-view' | 'view-out-of-range' {
  const bounds = value.includes(',');
  const fields = value.split(bounds ? ',' : '/');
  if (fields.length !== (bounds ? 4 : 3) || !fields.every((f) => DECIMAL.test(f))) return 'bad-view';
  const numbers = fields.map((f) => round2(Number(f)));
  if (!numbers.every(Number.isFinite)) return 'bad-view'; // e.g. 400 digits -> Infinity
  if (bounds) {
    const [west, south, east, north] = numbers as [number, number, number, number];
    return validBounds({ west, south, east, north }) ? { west, south, east, north } : 'view-out-of-range';
  }
  const [zoom, lat, lng] = numbers as [number, number, number];
  const inRange = within(zoom, ZOOM) && within(lat, LAT) && within(lng, LNG);
  return inRange ? { zoom, lat, lng } : 'view-out-of-range';
}

function validBounds({ west, south, east, north }: BoundsView): boolean {
  return (
    within(west, LNG) &&
    east > west &&
    east - west <= 360 + 1e-9 &&
    within(south, LAT) &&
    within(north, LAT) &&
    north > south
  );
}

function part(param: string, value: string, reason: IgnoredReason): IgnoredPart {
  return { param: forDisplay(param), value: forDisplay(value), reason };
}

/** At most DISPLAY_LENGTH UTF-16 units, never splitting a surrogate pair. */
function forDisplay(text: string): string {
  if (text.length <= DISPLAY_LENGTH) return text;
  const head = text.slice(0, DISPLAY_LENGTH - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${head}…`;
}

// ---- shared normalization ----

/**
 * Search text as stored in the URL: trimmed, runs of whitespace and control characters as one
 * space, lone surrogates (which cannot be percent-encoded) as U+FFFD.
 */
export function normalizeQuery(q: string): string {
  return q
    .replace(/\p{Cs}/gu, '\uFFFD')
    .replace(/[\s\p{Cc}]+/gu, ' ')
    .trim();
}

/**
 * A map view as the URL holds it: 2 decimals, always one that parseUrl accepts. Longitudes wrap
 * into -180..180 (MapLibre reports them beyond ±180 after panning round the world; a box's east
 * moves with its west), latitudes and zoom are clamped; a box too thin to keep gets 0.01°. NaN -> 0.
 */
export function normalizeView(view: View): View {
  if (!isBoundsView(view)) {
    return {
      zoom: round2(clamp(view.zoom, ZOOM)),
      lat: round2(clamp(view.lat, LAT)),
      lng: round2(wrapLng(view.lng)),
    };
  }
  const west = round2(wrapLng(view.west));
  const width = Number.isFinite(view.east - view.west) ? view.east - view.west : 360;
  const east = round2(west + Math.min(360, Math.max(0.01, round2(width))));
  let south = round2(clamp(view.south, LAT));
  let north = round2(clamp(view.north, LAT));
  if (north <= south) {
    if (south >= LAT.max) south = round2(LAT.max - 0.01);
    north = round2(Math.min(LAT.max, south + 0.01));
  }
  return { west, south, east, north };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
}

function within(n: number, range: { min: number; max: number }): boolean {
  return n >= range.min && n <= range.max;
}

function clamp(n: number, range: { min: number; max: number }): number {
  return Number.isNaN(n) ? 0 : Math.min(range.max, Math.max(range.min, n));
}

function wrapLng(lng: number): number {
  if (!Number.isFinite(lng)) return clamp(lng, LNG);
  if (within(lng, LNG)) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

// ---- serializing ----

export function serializeUrl(state: UrlState): string {
  const params: string[] = [];
  if (state.region !== null && isOneOf(REGION_IDS, state.region)) params.push(`region=${state.region}`);
  const priorities = PRIORITY_IDS.filter((id) => state.priorities.includes(id));
  if (priorities.length > 0) params.push(`priority=${priorities.join(',')}`);
  const q = normalizeQuery(state.q);
  if (q !== '' && q.length <= MAX_Q_LENGTH) params.push(`q=${encodeURIComponent(q)}`);
  if (state.lang !== null && isOneOf(LANGS, state.lang)) params.push(`lang=${state.lang}`);
  if (state.view !== null) {
    const view = normalizeView(state.view);
    params.push(
      isBoundsView(view)
        ? `view=${view.west},${view.south},${view.east},${view.north}`
        : `view=${view.zoom}/${view.lat}/${view.lng}`,
    );
  }
  return params.length > 0 ? `?${params.join('&')}` : '';
}
