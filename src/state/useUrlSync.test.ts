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

it('the embed view replaces the URL on a selection: it never adds to the host page history', async () => {
  const { act, renderHook, waitFor } = await import('@testing-library/react');
  const { resetStore } = await import('../test-utils');
  const { selectRegion } = await import('./store');
  const { useUrlSync } = await import('./useUrlSync');
  for (const embed of [false, true]) {
    resetStore({ embed });
    window.history.replaceState(null, '', '/');
    const before = window.history.length;
    const { unmount } = renderHook(() => useUrlSync());
    act(() => selectRegion(embed ? 'arctic' : 'baltics'));
    await waitFor(() => expect(window.location.search).toBe(`?region=${embed ? 'arctic' : 'baltics'}`));
    expect(window.history.length - before, embed ? 'embed' : 'app').toBe(embed ? 0 : 1);
    unmount();
  }
});
