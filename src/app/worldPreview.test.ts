import { describe, expect, it } from 'vitest';
import { parseUrl } from '../state/url';
import { opensOnTheWorld } from './worldPreview';

describe('opensOnTheWorld', () => {
  it('is true when the link gives no region, view, filter or search: the map opens on the whole world, undimmed', () => {
    for (const search of ['', '?lang=en', '?region=&q=%20%20', '?unknown=1']) {
      expect(opensOnTheWorld(search), search).toBe(true);
      const { state } = parseUrl(search);
      expect([state.region, state.view, state.priorities.length, state.q]).toEqual([null, null, 0, '']);
    }
  });

  it('is false when the link opens a region or a view, or dims the map with a filter or a search, even in a second value', () => {
    for (const search of [
      '?region=baltics',
      '?view=3.3/54/12',
      '?priority=defence',
      '?q=nato',
      '?region=&region=baltics',
    ]) {
      expect(opensOnTheWorld(search), search).toBe(false);
    }
    expect(parseUrl('?region=&region=baltics').state.region).toBe('baltics');
  });

  it('leaves the picture out, to be safe, for a value the app will ignore', () => {
    expect(opensOnTheWorld('?region=atlantis')).toBe(false);
    expect(parseUrl('?region=atlantis').state.region).toBeNull();
  });
});
