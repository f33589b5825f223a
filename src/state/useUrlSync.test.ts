import { expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from './url';
import { changeKind } from './useUrlSync';

it('selections, filters and language push a history entry; map moves and typing replace it', () => {
  const base = { ...DEFAULT_URL_STATE, q: 'na' };
  expect(changeKind(base, { ...base, region: 'baltics' })).toBe('push');
  expect(changeKind(base, { ...base, priorities: ['defence'] })).toBe('push');
  expect(changeKind(base, { ...base, lang: 'en' })).toBe('push');
  expect(changeKind(base, { ...base, view: { zoom: 3, lat: 50, lng: 10 } })).toBe('replace');
  expect(changeKind(base, { ...base, q: 'nato' })).toBe('replace');
  expect(changeKind(base, { ...base, q: '' })).toBe('push');
});
