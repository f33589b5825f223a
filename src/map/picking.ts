import type { RegionId } from '../content/ids';

export interface PickCandidate {
  id: RegionId;
  /** Area in km². */
  area: number;
  /** Zones (the Arctic band) overlay countries and never win over a place. */
  zone: boolean;
}

/**
 * The overlap rule: of the regions under the pointer, the most specific wins: any place before a
 * zone, then the smallest. The rest are offered as "also part of", most specific first.
 */
export function pickRegion(
  candidates: readonly PickCandidate[],
): { picked: RegionId; others: RegionId[] } | null {
  const unique = [...new Map(candidates.map((c) => [c.id, c])).values()];
  unique.sort((a, b) => Number(a.zone) - Number(b.zone) || a.area - b.area || a.id.localeCompare(b.id));
  const [first, ...rest] = unique;
  return first ? { picked: first.id, others: rest.map((c) => c.id) } : null;
}
