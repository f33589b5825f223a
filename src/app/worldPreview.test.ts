import { describe, expect, it } from 'vitest';
import { parseUrl } from '../state/url';
import { opensOnTheWorld } from './worldPreview';

const opens = (search: string) => opensOnTheWorld(parseUrl(search).state);

describe('opensOnTheWorld', () => {
  it('is true when the map opens on the whole world, undimmed: no link, a language, or only what the app ignores', () => {
    expect(opens('')).toBe(true);
    expect(opens('?lang=en')).toBe(true);
    expect(opens('?region=atlantis&view=99/0/0&priority=nothing&q=%20%20')).toBe(true);
  });

  it('is false when the link opens a region or a view, or dims the map with a filter or a search', () => {
    expect(opens('?region=baltics')).toBe(false);
    expect(opens('?view=3.3/54/12')).toBe(false);
    expect(opens('?priority=defence')).toBe(false);
    expect(opens('?q=nato')).toBe(false);
  });
});
