import { queryOptions } from '@tanstack/react-query';
import { parseStrategy } from './schema';

/** Fetch a static JSON file of the app's own origin; HTTP errors and invalid JSON throw. */
export async function fetchJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`, { signal });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
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
