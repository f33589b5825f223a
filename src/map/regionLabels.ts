import type { FeatureCollection, Point } from 'geojson';
import type { RegionId } from '../content/ids';
import { REGION_IDS } from '../content/ids';
import type { Strategy } from '../content/schema';
import type { World } from './geometry';

/** The brief's six regions are placed first; the others follow in the contract's order. */
const FIRST: readonly RegionId[] = [
  'mykolaiv',
  'baltics',
  'arctic',
  'western-balkans',
  'indo-pacific',
  'africa',
];
const LABEL_ORDER: readonly RegionId[] = [...FIRST, ...REGION_IDS.filter((id) => !FIRST.includes(id))];

export interface RegionLabelProperties {
  id: RegionId;
  name_da: string;
  name_en: string;
  /** Measures in the current filter. */
  count: number;
  selected: boolean;
  dimmed: boolean;
  /** MapLibre's symbol-sort-key: lower is placed first and wins a collision (the selected region: 0). */
  order: number;
}

/**
 * One point per mapped region at its label point (from the geo build), with what its label shows:
 * the region's name in both languages (the layer picks one), its count, and whether it is selected
 * or dimmed by a filter.
 */
export function regionLabelData(
  world: World,
  strategy: Strategy,
  counts: ReadonlyMap<RegionId, number>,
  lit: ReadonlySet<RegionId> | null,
  selected: RegionId | null,
): FeatureCollection<Point, RegionLabelProperties> {
  const features = strategy.regions.flatMap((r) => {
    const info = world.regionInfo.get(r.id);
    if (!info) return [];
    const properties: RegionLabelProperties = {
      id: r.id,
      name_da: r.name.da,
      name_en: r.name.en,
      count: counts.get(r.id) ?? 0,
      selected: r.id === selected,
      dimmed: lit !== null && !lit.has(r.id),
      order: r.id === selected ? 0 : 1 + LABEL_ORDER.indexOf(r.id),
    };
    return [
      {
        type: 'Feature' as const,
        id: r.id,
        properties,
        geometry: { type: 'Point' as const, coordinates: info.label },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}
