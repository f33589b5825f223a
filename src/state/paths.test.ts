import { expect, it } from 'vitest';
import { REGION_IDS } from '../content/ids';
import { pagePath, parsePagePath } from './paths';
import { locationFor, readLocation } from './useUrlSync';

it('reads the static pages paths under the base, and nothing else', () => {
  expect(parsePagePath('/en/mykolaiv/', '/')).toEqual({ lang: 'en', region: 'mykolaiv' });
  expect(parsePagePath('/x/da/', '/x/')).toEqual({ lang: 'da', region: null });
  expect(parsePagePath('/da/baltics', '/')).toEqual({ lang: 'da', region: 'baltics' });
  for (const path of ['/', '/fr/', '/en/nowhere/', '/en/mykolaiv/more/', '/embed/', '/da/']) {
    expect(parsePagePath(path, '/x/'), path).toBeNull();
  }
  for (const region of REGION_IDS) {
    for (const lang of ['da', 'en'] as const) {
      expect(parsePagePath(`/b/${pagePath({ lang, region })}`, '/b/')).toEqual({ lang, region });
    }
  }
});

it('on a page path, region and language come from the path and stay there; elsewhere, the query', () => {
  const opened = readLocation('/en/mykolaiv/', '?priority=defence&region=arctic', '/');
  expect(opened.state).toMatchObject({ region: 'mykolaiv', lang: 'en', priorities: ['defence'] });
  expect(locationFor({ ...opened.state, region: 'baltics' }, '/en/mykolaiv/', '/')).toBe(
    '/en/baltics/?priority=defence',
  );
  expect(locationFor({ ...opened.state, region: null, lang: 'da' }, '/en/mykolaiv/', '/')).toBe(
    '/da/?priority=defence',
  );
  const query = readLocation('/', '?region=arctic&lang=en', '/');
  expect(query.state).toMatchObject({ region: 'arctic', lang: 'en' });
  expect(locationFor(query.state, '/', '/')).toBe('/?region=arctic&lang=en');
});
