import { expect, it } from 'vitest';
import { isEmbedPath } from './embed';

it('the embed view is the embed/ folder under the base, and nothing else', () => {
  expect(isEmbedPath('/embed/', '/')).toBe(true);
  expect(isEmbedPath('/embed/index.html', '/')).toBe(true);
  expect(isEmbedPath('/', '/')).toBe(false);
  expect(isEmbedPath('/embedded/', '/')).toBe(false);
  expect(isEmbedPath('/strategy-map/embed/', '/strategy-map/')).toBe(true);
  expect(isEmbedPath('/embed/', '/strategy-map/')).toBe(false);
});
