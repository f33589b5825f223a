import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../content/ids';
import type { Strings } from './da';

export type { Strings } from './da';

/** The UI strings of one language, loaded on demand so a reader downloads only their own language. */
export function stringsQuery(lang: Lang) {
  return queryOptions({
    queryKey: ['strings', lang],
    queryFn: async (): Promise<Strings> =>
      lang === 'da' ? (await import('./da')).da : (await import('./en')).en,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
