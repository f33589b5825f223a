/**
 * The stable ids of the public URL contract (docs/url-contract.md).
 * Content (public/data/strategy.json) and geometry (geo/regions.json -> public/geo/world.json)
 * are checked against these lists by contract tests; the URL codec accepts nothing else.
 */

/** The eight priorities ("de otte pejlemærker") in the source's order 1-8. */
export const PRIORITY_IDS = [
  'ukraine-support',
  'defence',
  'eu-neighbours',
  'war-consequences',
  'global-partnerships',
  'resilience',
  'strongholds',
  'business',
] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

/** Every place the source names, plus `global` for measures without a place (shown off the map). */
export const REGION_IDS = [
  'mykolaiv',
  'ukraine',
  'russia',
  'baltics',
  'baltic-sea',
  'eastern-europe',
  'nordics',
  'arctic',
  'north-atlantic',
  'greenland',
  'faroe-islands',
  'denmark',
  'eu',
  'eastern-neighbourhood',
  'western-balkans',
  'north-africa',
  'africa',
  'arab-league',
  'china',
  'usa',
  'indo-pacific',
  'asean',
  'global',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Regions drawn on the map: all but `global`. */
export const MAPPED_REGION_IDS = REGION_IDS.filter((id) => id !== 'global');

export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
