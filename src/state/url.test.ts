import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LANGS, PRIORITY_IDS, REGION_IDS, isOneOf } from '../content/ids';
import type { IgnoredPart, IgnoredReason, UrlState, View } from './url';
import {
  DEFAULT_URL_STATE,
  isBoundsView,
  DISPLAY_LENGTH,
  MAX_Q_LENGTH,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  normalizeView,
  parseUrl,
  serializeUrl,
} from './url';

const REASONS: IgnoredReason[] = [
  'unknown-param',
  'duplicate',
  'too-long',
  'unknown-region',
  'unknown-priority',
  'bad-lang',
  'bad-view',
  'view-out-of-range',
];

const reasons = (ignored: IgnoredPart[]) => ignored.map((p) => p.reason);

// ---- arbitraries ----

/** A number in [min, max] with at most 2 decimals, as the codec stores it. */
const twoDecimals = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100 + 0);

const centerArb: fc.Arbitrary<View> = fc.record({
  zoom: twoDecimals(0, 20),
  lat: twoDecimals(-85, 85),
  lng: twoDecimals(-180, 180),
});
/** A box as the codec stores it: east after west (within 360°), north above south. */
const boundsArb: fc.Arbitrary<View> = fc
  .record({
    west: twoDecimals(-180, 180),
    width: twoDecimals(0.01, 360),
    south: twoDecimals(-85, 84.99),
    height: twoDecimals(0.01, 170),
  })
  .map(({ west, width, south, height }) => ({
    west,
    south,
    east: Math.round((west + width) * 100) / 100 + 0,
    north: Math.min(85, Math.round((south + height) * 100) / 100 + 0),
  }));
const viewArb: fc.Arbitrary<View> = fc.oneof(centerArb, boundsArb);

/** Printable text with Danish letters, URL-significant symbols, emoji and other scripts. */
const textChar = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...'æøåÆØÅéüß€§½中文😀🇩🇰'.split(/(?:)/u)),
  fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '%',
    '%2',
    '%E0%A4%A',
    '&',
    '=',
    '+',
    '#',
    '?',
    '/',
    ',',
    '<',
    '>',
    '"',
    "'",
    '\\',
  ),
);
const simpleNormalize = (s: string) => s.trim().replace(/\s+/g, ' ');
const qArb = fc
  .oneof(
    fc.string({ unit: textChar, maxLength: 120 }).map(simpleNormalize),
    fc.string({ unit: 'binary', maxLength: 220 }).map(normalizeQuery),
  )
  .filter((q) => q.length <= MAX_Q_LENGTH);

const stateArb: fc.Arbitrary<UrlState> = fc.record({
  region: fc.option(fc.constantFrom(...REGION_IDS), { nil: null }),
  priorities: fc.subarray([...PRIORITY_IDS]),
  q: fc.oneof(fc.constant(''), qArb),
  lang: fc.option(fc.constantFrom(...LANGS), { nil: null }),
  view: fc.option(viewArb, { nil: null }),
});

const PARAM_NAMES = ['region', 'priority', 'q', 'lang', 'view', 'Region', 'utm_source', '', 'priority[]'];
const TOKENS = [
  ...'?&=%,/<>"\'+# .-'.split(''),
  '%E0%A4%A',
  '%ZZ',
  '%',
  '%00',
  '%26',
  '%3D',
  '%2C',
  '\uD800',
  '<script>alert(1)</script>',
  ...REGION_IDS,
  ...PRIORITY_IDS,
  ...LANGS,
  ...PARAM_NAMES,
  'NaN',
  'Infinity',
  '1e3',
  '-0',
  '999',
  '5/47/32',
];
const valueArb = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(twoDecimals(-30, 30), twoDecimals(-200, 200), twoDecimals(-400, 400)).map((v) => v.join('/')),
  fc.subarray([...PRIORITY_IDS, 'nope', 'DEFENCE', ' defence ', '']).map((ids) => ids.join(',')),
);
const queryLikeArb = fc
  .array(fc.tuple(fc.constantFrom(...PARAM_NAMES), fc.constantFrom('=', '', '=='), valueArb), {
    maxLength: 8,
  })
  .chain((pairs) =>
    fc
      .constantFrom('', '?', '??')
      .map((lead) => lead + pairs.map(([name, eq, value]) => `${name}${eq}${value}`).join('&')),
  );

/** Random and hostile query strings. */
const anyQueryArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...TOKENS) }),
  fc.webQueryParameters().map((q) => `?${q}`),
  queryLikeArb,
  stateArb.map(serializeUrl),
);

// ---- validity ----

function expectValidState(state: UrlState): void {
  expect(state.region === null || isOneOf(REGION_IDS, state.region)).toBe(true);
  expect(state.priorities).toEqual(PRIORITY_IDS.filter((id) => state.priorities.includes(id)));
  expect(state.q).toBe(normalizeQuery(state.q));
  expect(state.q.length).toBeLessThanOrEqual(MAX_Q_LENGTH);
  expect(state.lang === null || isOneOf(LANGS, state.lang)).toBe(true);
  if (state.view !== null && isBoundsView(state.view)) {
    const { west, south, east, north } = state.view;
    expect(west >= -180 && west <= 180 && east > west && east - west <= 360 + 1e-9).toBe(true);
    expect(south >= -85 && north <= 85 && north > south).toBe(true);
    for (const n of [west, south, east, north]) expect(Math.round(n * 100) / 100).toBe(n);
  } else if (state.view !== null) {
    const { zoom, lat, lng } = state.view;
    expect(zoom >= 0 && zoom <= 20 && lat >= -85 && lat <= 85 && lng >= -180 && lng <= 180).toBe(true);
    for (const n of [zoom, lat, lng]) expect(Math.round(n * 100) / 100).toBe(n);
  }
  expect(Object.keys(state).sort()).toEqual(['lang', 'priorities', 'q', 'region', 'view']);
}

function expectValidIgnored(ignored: IgnoredPart[]): void {
  for (const p of ignored) {
    expect(REASONS).toContain(p.reason);
    expect(p.param.length).toBeLessThanOrEqual(DISPLAY_LENGTH);
    expect(p.value.length).toBeLessThanOrEqual(DISPLAY_LENGTH);
    expect(p.value).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair at the cut
  }
}

// ---- properties ----

describe('url codec properties', () => {
  it('round-trips every valid state with nothing ignored', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const url = serializeUrl(state);
        expect(parseUrl(url)).toEqual({ state, ignored: [] });
        expect(url.length - 1).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
      { numRuns: 3000 },
    );
  });

  it('makes serialize(parse(s)) a fixed point for any string', () => {
    fc.assert(
      fc.property(anyQueryArb, (search) => {
        const url = serializeUrl(parseUrl(search).state);
        const again = parseUrl(url);
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(parseUrl(search).state);
        expect(serializeUrl(again.state)).toBe(url);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on random and hostile strings and always gives a valid state', () => {
    fc.assert(
      fc.property(anyQueryArb, (search) => {
        const { state, ignored } = parseUrl(search);
        expectValidState(state);
        expectValidIgnored(ignored);
      }),
      { numRuns: 5000 },
    );
  });

  it('copes with huge strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...TOKENS), minLength: 500, maxLength: 3000 }),
        (search) => {
          const { state, ignored } = parseUrl(search);
          expectValidState(state);
          expectValidIgnored(ignored);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('normalizeView is idempotent and always gives a view parseUrl accepts', () => {
    const anyNumber = fc.oneof(fc.double(), fc.double({ min: -400, max: 400, noNaN: true }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ zoom: anyNumber, lat: anyNumber, lng: anyNumber }),
          fc.record({ west: anyNumber, south: anyNumber, east: anyNumber, north: anyNumber }),
        ),
        (view) => {
          const normal = normalizeView(view);
          expect(normalizeView(normal)).toEqual(normal);
          const url = serializeUrl({ ...DEFAULT_URL_STATE, view: normal });
          expect(parseUrl(url)).toEqual({ state: { ...DEFAULT_URL_STATE, view: normal }, ignored: [] });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('serializeUrl canonicalizes any state so parseUrl ignores nothing', () => {
    const looseState = fc.record({
      region: fc.option(fc.constantFrom(...REGION_IDS), { nil: null }),
      priorities: fc.array(fc.constantFrom(...PRIORITY_IDS), { maxLength: 12 }),
      q: fc.string({ unit: 'binary', maxLength: 250 }),
      lang: fc.option(fc.constantFrom(...LANGS), { nil: null }),
      view: fc.option(
        fc.oneof(
          fc.record({ zoom: fc.double(), lat: fc.double(), lng: fc.double() }),
          fc.record({ west: fc.double(), south: fc.double(), east: fc.double(), north: fc.double() }),
        ),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(looseState, (state) => {
        const { state: parsed, ignored } = parseUrl(serializeUrl(state));
        expect(ignored).toEqual([]);
        expectValidState(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- examples ----

describe('parseUrl examples', () => {
  it('reads a full link', () => {
    expect(parseUrl('?region=mykolaiv&priority=ukraine-support&lang=en&view=5/47/32')).toEqual({
      state: {
        region: 'mykolaiv',
        priorities: ['ukraine-support'],
        q: '',
        lang: 'en',
        view: { zoom: 5, lat: 47, lng: 32 },
      },
      ignored: [],
    });
  });

  it('works without the leading ?', () => {
    expect(parseUrl('region=global').state.region).toBe('global');
  });

  it('ignores hostile values with reasons, keeping them as plain text', () => {
    const { state, ignored } = parseUrl('?region=<script>alert(1)</script>&priority=nope&view=abc');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored).toEqual([
      { param: 'region', value: '<script>alert(1)</script>', reason: 'unknown-region' },
      { param: 'priority', value: 'nope', reason: 'unknown-priority' },
      { param: 'view', value: 'abc', reason: 'bad-view' },
    ]);
  });

  it('keeps the valid parts of a mixed link', () => {
    const { state, ignored } = parseUrl('?region=baltics&priority=defence,nope&view=999/0/0');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, region: 'baltics', priorities: ['defence'] });
    expect(ignored).toEqual([
      { param: 'priority', value: 'nope', reason: 'unknown-priority' },
      { param: 'view', value: '999/0/0', reason: 'view-out-of-range' },
    ]);
  });

  it('uses the first of duplicated params and reports the rest', () => {
    const { state, ignored } = parseUrl('?region=arctic&lang=da&region=africa&lang=en&region=nope');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, region: 'arctic', lang: 'da' });
    expect(ignored).toEqual([
      { param: 'region', value: 'africa', reason: 'duplicate' },
      { param: 'lang', value: 'en', reason: 'duplicate' },
      { param: 'region', value: 'nope', reason: 'duplicate' },
    ]);
  });

  it('uses the first even when it is invalid', () => {
    expect(reasons(parseUrl('?region=nope&region=arctic').ignored)).toEqual(['unknown-region', 'duplicate']);
  });

  it('treats empty values as absent', () => {
    expect(parseUrl('?region=&region=arctic&q=%20%20&lang&utm_source=&=')).toEqual({
      state: { ...DEFAULT_URL_STATE, region: 'arctic' },
      ignored: [],
    });
  });

  it.each(['', '?', '&&&', '=', '?&=&', '??'])('gives the default state for %j', (search) => {
    expect(parseUrl(search).state).toEqual(DEFAULT_URL_STATE);
  });

  it('reports unknown params', () => {
    expect(parseUrl('?utm_source=x&Region=arctic').ignored).toEqual([
      { param: 'utm_source', value: 'x', reason: 'unknown-param' },
      { param: 'Region', value: 'arctic', reason: 'unknown-param' },
    ]);
  });

  it('normalizes search text', () => {
    expect(parseUrl('?q=  NATO   sanktioner ').state.q).toBe('NATO sanktioner');
    expect(parseUrl('?q=%20%20NATO%0A%09sanktioner+').state.q).toBe('NATO sanktioner');
    expect(parseUrl('?q=%C3%A6%C3%B8%C3%A5').state.q).toBe('æøå');
  });

  it('ignores search text over 200 chars', () => {
    expect(parseUrl(`?q=${'a'.repeat(200)}`).state.q).toHaveLength(200);
    const { state, ignored } = parseUrl(`?q=${'a'.repeat(201)}`);
    expect(state.q).toBe('');
    expect(ignored).toEqual([{ param: 'q', value: `${'a'.repeat(39)}…`, reason: 'too-long' }]);
  });

  it('lowercases ids and trims them', () => {
    expect(parseUrl('?region=Mykolaiv&priority=DEFENCE,%20Resilience&lang=EN').state).toEqual({
      ...DEFAULT_URL_STATE,
      region: 'mykolaiv',
      priorities: ['defence', 'resilience'],
      lang: 'en',
    });
  });

  it('collapses duplicate priorities into canonical order', () => {
    const { state, ignored } = parseUrl('?priority=business,defence,,business,nope,nope,Defence');
    expect(state.priorities).toEqual(['defence', 'business']);
    expect(ignored).toEqual([{ param: 'priority', value: 'nope', reason: 'unknown-priority' }]);
  });

  it('rejects bad languages', () => {
    expect(parseUrl('?lang=de').ignored).toEqual([{ param: 'lang', value: 'de', reason: 'bad-lang' }]);
  });

  it.each([
    ['5/47', 'bad-view'],
    ['5/47/32/1', 'bad-view'],
    ['1e1/0/0', 'bad-view'],
    ['%2B5/0/0', 'bad-view'],
    ['5/NaN/0', 'bad-view'],
    ['5/Infinity/0', 'bad-view'],
    ['5/ 47/32', 'bad-view'],
    [`${'9'.repeat(400)}/0/0`, 'bad-view'],
    ['21/0/0', 'view-out-of-range'],
    ['-1/0/0', 'view-out-of-range'],
    ['5/85.1/0', 'view-out-of-range'],
    ['5/0/-180.01', 'view-out-of-range'],
    ['20,50,30', 'bad-view'],
    ['20,50,30,60,1', 'bad-view'],
    ['20,50,30,6e1', 'bad-view'],
    ['20/50,30,60', 'bad-view'],
    ['30,50,20,60', 'view-out-of-range'],
    ['20,60,30,50', 'view-out-of-range'],
    ['20,50,20,60', 'view-out-of-range'],
    ['-180.01,50,30,60', 'view-out-of-range'],
    ['-170,50,190.01,60', 'view-out-of-range'],
    ['20,-85.01,30,60', 'view-out-of-range'],
  ])('rejects view=%s as %s', (view, reason) => {
    const { state, ignored } = parseUrl(`?view=${view}`);
    expect(state.view).toBeNull();
    expect(reasons(ignored)).toEqual([reason]);
  });

  it('reads the area a reader saw, across the antimeridian too, and old centre views', () => {
    expect(parseUrl('?view=20.1,53.5,28.3,59.9').state.view).toEqual({
      west: 20.1,
      south: 53.5,
      east: 28.3,
      north: 59.9,
    });
    expect(parseUrl('?view=170,-20,190,-10').state.view).toEqual({
      west: 170,
      south: -20,
      east: 190,
      north: -10,
    });
    expect(parseUrl('?view=5.5/56.88/21.28').state.view).toEqual({ zoom: 5.5, lat: 56.88, lng: 21.28 });
    expect(serializeUrl({ ...DEFAULT_URL_STATE, view: { west: 190, south: 1, east: 200, north: 2 } })).toBe(
      '?view=-170,1,-160,2',
    );
  });

  it('rounds views to 2 decimals', () => {
    expect(parseUrl('?view=3.456/-0.001/180').state.view).toEqual({ zoom: 3.46, lat: 0, lng: 180 });
    expect(parseUrl('?view=20.004/85.001/-180.004').state.view).toEqual({ zoom: 20, lat: 85, lng: -180 });
  });

  it('survives malformed percent-encoding and unicode', () => {
    expect(() => parseUrl('?region=%E0%A4%A&q=%E0%A4%A&%ZZ=1&q=%')).not.toThrow();
    expect(parseUrl('?q=%E0%A4%A').state.q).toBe('\uFFFD%A');
    expect(parseUrl('?q=\uD800x').state.q).toBe('\uFFFDx');
    expect(parseUrl('?region=%F0%9F%98%80').ignored).toEqual([
      { param: 'region', value: '😀', reason: 'unknown-region' },
    ]);
  });

  it('cuts reported names and values to 40 chars without splitting emoji', () => {
    const { ignored } = parseUrl(`?${'x'.repeat(100)}=${'😀'.repeat(50)}`);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]?.param).toBe(`${'x'.repeat(39)}…`);
    expect(ignored[0]?.value).toBe(`${'😀'.repeat(19)}…`);
  });

  it('reads only the whole params in the first 2000 chars of a long query', () => {
    const head = `region=arctic&utm=${'x'.repeat(MAX_QUERY_LENGTH - 20)}`;
    const { state, ignored } = parseUrl(`?${head}&lang=en&priority=defence`);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, region: 'arctic' });
    expect(reasons(ignored)).toEqual(['unknown-param', 'too-long']);
    expect(ignored[1]).toEqual({ param: 'lang', value: 'en', reason: 'too-long' });
  });

  it('drops a single param longer than 2000 chars', () => {
    const { state, ignored } = parseUrl(`?q=${'a'.repeat(3000)}`);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored).toEqual([{ param: 'q', value: `${'a'.repeat(39)}…`, reason: 'too-long' }]);
  });

  it('does not throw on non-string input', () => {
    expect(parseUrl(undefined as unknown as string).state).toEqual(DEFAULT_URL_STATE);
  });
});

describe('serializeUrl examples', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes params in canonical order and form', () => {
    expect(
      serializeUrl({
        region: 'western-balkans',
        priorities: ['resilience', 'defence', 'defence'],
        q: '  NATO  & æøå ',
        lang: 'da',
        view: { zoom: 3.5, lat: 56.1, lng: 24.2 },
      }),
    ).toBe(
      '?region=western-balkans&priority=defence,resilience&q=NATO%20%26%20%C3%A6%C3%B8%C3%A5&lang=da&view=3.5/56.1/24.2',
    );
  });

  it('writes views with at most 2 decimals and no trailing zeros', () => {
    const view = (v: View) => serializeUrl({ ...DEFAULT_URL_STATE, view: v });
    expect(view({ zoom: 5, lat: 47, lng: 32 })).toBe('?view=5/47/32');
    expect(view({ zoom: 3.456, lat: -0.001, lng: 0.1 + 0.2 })).toBe('?view=3.46/0/0.3');
  });

  it('leaves out search text parseUrl would ignore', () => {
    expect(serializeUrl({ ...DEFAULT_URL_STATE, q: 'a'.repeat(201) })).toBe('');
  });

  it('fits the longest possible state in MAX_QUERY_LENGTH', () => {
    const longestRegion = [...REGION_IDS].sort((a, b) => b.length - a.length)[0] ?? null;
    const url = serializeUrl({
      region: longestRegion,
      priorities: [...PRIORITY_IDS],
      q: '中'.repeat(MAX_Q_LENGTH), // 9 encoded chars per UTF-16 unit: the most there is
      lang: 'en',
      view: { zoom: 19.99, lat: -84.99, lng: -179.99 },
    });
    expect(url.length - 1).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(parseUrl(url).ignored).toEqual([]);
  });
});

describe('normalizeView', () => {
  it('rounds, clamps zoom and lat, and wraps lng', () => {
    expect(normalizeView({ zoom: 25, lat: -90, lng: 190 })).toEqual({ zoom: 20, lat: -85, lng: -170 });
    expect(normalizeView({ zoom: -1, lat: 12.345, lng: -540 })).toEqual({ zoom: 0, lat: 12.35, lng: -180 });
    expect(normalizeView({ zoom: NaN, lat: Infinity, lng: -Infinity })).toEqual({
      zoom: 0,
      lat: 85,
      lng: -180,
    });
    expect(normalizeView({ zoom: 4, lat: 0, lng: 180 })).toEqual({ zoom: 4, lat: 0, lng: 180 });
  });
});
