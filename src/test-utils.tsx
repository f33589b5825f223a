/**
 * Shared helpers for the component tests (*.test.tsx): the real content and string tables, a
 * store reset, and a render with a fresh QueryClient. Not part of the app bundle (nothing imports it
 * but tests).
 */
import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import regionsText from '../geo/regions.json?raw';
import strategyText from '../public/data/strategy.json?raw';
import countriesText from './content/countries.json?raw';
import type { Lang } from './content/ids';
import { membershipQuery, parseRegionInfo, type RegionInfo } from './content/membership';
import { parseStrategy, type Strategy } from './content/schema';
import { da } from './i18n/da';
import { en } from './i18n/en';
import type { Strings } from './i18n/strings';
import { INITIAL_STATE, useAppStore, type AppState } from './state/store';

/** The real content, validated by the app's own schema. */
export const strategy: Strategy = parseStrategy(JSON.parse(strategyText));

/** The real UI string tables. */
export const STRINGS: Record<Lang, Strings> = { da, en };

/** The real region definitions (geo/regions.json) and country names, parsed as the app's query does. */
export const regionInfo: RegionInfo = parseRegionInfo(JSON.parse(regionsText), JSON.parse(countriesText));

/** Put the store back to its initial state (replacing it, not merging), optionally with some fields set. */
export function resetStore(patch: Partial<AppState> = {}): void {
  useAppStore.setState({ ...INITIAL_STATE, ...patch }, true);
}

/** A fresh QueryClient: no retries, membership already loaded (so no update lands after the render). */
export function createTestClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } },
  });
  client.setQueryData(membershipQuery.queryKey, regionInfo);
  return client;
}

/** Render inside a QueryClientProvider with a fresh client (or the one given). */
export function renderWithClient(ui: ReactElement, client: QueryClient = createTestClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return Object.assign(render(ui, { wrapper }), { client });
}

/** A region of the content by id (throws if the content lacks it, so tests fail loudly). */
export function regionOf(id: string): Strategy['regions'][number] {
  const region = strategy.regions.find((r) => r.id === id);
  if (!region) throw new Error(`no region ${id} in the content`);
  return region;
}
