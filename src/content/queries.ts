import { queryOptions } from '@tanstack/react-query';
import { parseStrategy } from './schema';

/** Fetch a static JSON file of the app's own origin, by its path under the base; HTTP errors and invalid JSON throw. */
export function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  return fetchJsonUrl(`${import.meta.env.BASE_URL}${path}`, signal, path);
}

/** The same for a URL the build made (a `?url` import, which carries the base already). */
export async function fetchJsonUrl(url: string, signal?: AbortSignal, name = url): Promise<unknown> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

export const STRATEGY_PATH = 'data/strategy.json';

/** The strategy's content: static, validated on load, never refetched. */
export const strategyQuery = queryOptions({
  queryKey: ['strategy'],
  queryFn: async ({ signal }) => parseStrategy(await fetchJson(STRATEGY_PATH, signal)),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
