// Danish and English names of the map's units: i18n-iso-countries (MIT), with two small tables.
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/da.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Units with no ISO 3166-1 code (the build's X.. codes, see build.mjs EXTRA_CODES). */
export const EXTRA_NAMES = {
  XKX: { da: 'Kosovo', en: 'Kosovo' },
  XNC: { da: 'Nordcypern', en: 'Northern Cyprus' },
  XSL: { da: 'Somaliland', en: 'Somaliland' },
  XAC: { da: 'Ashmore- og Cartierøerne', en: 'Ashmore and Cartier Islands' },
  XIO: { da: 'Juleøen og Cocosøerne', en: 'Christmas and Cocos Islands' },
  XSG: { da: 'Siachen-gletsjeren', en: 'Siachen Glacier' },
};

/**
 * Where the package's name is an ISO list form ("Moldova, Republic of"), a long official form or
 * an untranslated one, the short name a map uses instead.
 */
export const SHORT_NAMES = {
  BN: { da: 'Brunei', en: 'Brunei' },
  CD: { da: 'Den Demokratiske Republik Congo', en: 'DR Congo' },
  DO: { da: 'Den Dominikanske Republik' },
  FK: { en: 'Falkland Islands' },
  FM: { en: 'Micronesia' },
  GS: { da: 'Sydgeorgien og Sydsandwichøerne' },
  IO: { da: 'Britisk Territorium i Det Indiske Ocean' },
  LA: { en: 'Laos' },
  MD: { en: 'Moldova' },
  MF: { da: 'Saint Martin', en: 'Saint Martin' },
  MM: { da: 'Myanmar' },
  NF: { da: 'Norfolkøen' },
  NL: { da: 'Nederlandene' },
  RU: { en: 'Russia' },
  SX: { da: 'Sint Maarten', en: 'Sint Maarten' },
  SY: { en: 'Syria' },
  TW: { da: 'Taiwan', en: 'Taiwan' },
  US: { en: 'United States' },
  VA: { en: 'Vatican City' },
  VG: { en: 'British Virgin Islands' },
  VI: { en: 'U.S. Virgin Islands' },
};

/** { da, en } for a unit id (ISO alpha-3 or one of EXTRA_NAMES); throws when either is missing. */
export function unitNames(id) {
  if (EXTRA_NAMES[id]) return EXTRA_NAMES[id];
  const a2 = countries.alpha3ToAlpha2(id);
  if (!a2) throw new Error(`No ISO alpha-2 code for ${id}`);
  const names = {};
  for (const lang of ['da', 'en']) {
    const name = SHORT_NAMES[a2]?.[lang] ?? countries.getName(a2, lang, { select: 'official' });
    if (!name) throw new Error(`No ${lang} name for ${id}`);
    names[lang] = name;
  }
  return names;
}
