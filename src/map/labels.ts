import type { Map as MapLibre } from 'maplibre-gl';
import type { RegionId } from '../content/ids';
import { REGION_IDS } from '../content/ids';

/** The brief's six regions keep their labels first; the others follow in the contract's order. */
const LABEL_ORDER: readonly RegionId[] = [
  'mykolaiv',
  'baltics',
  'arctic',
  'western-balkans',
  'indo-pacific',
  'africa',
  ...REGION_IDS.filter(
    (id) => !['mykolaiv', 'baltics', 'arctic', 'western-balkans', 'indo-pacific', 'africa'].includes(id),
  ),
];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Greedy placement: keep a label unless it overlaps an obstacle or a label already kept (with a small gap). */
export function chooseLabels(
  boxes: readonly { id: RegionId; box: Box }[],
  obstacles: readonly Box[] = [],
  gap = 2,
): Set<RegionId> {
  const kept: Box[] = [...obstacles];
  const shown = new Set<RegionId>();
  for (const { id, box } of boxes) {
    const overlaps = kept.some(
      (k) =>
        box.left < k.right + gap &&
        box.right + gap > k.left &&
        box.top < k.bottom + gap &&
        box.bottom + gap > k.top,
    );
    if (!overlaps) {
      kept.push(box);
      shown.add(id);
    }
  }
  return shown;
}

/** Show the labels that fit without overlapping at the current view; hidden ones leave the tab order. */
export function placeLabels(map: MapLibre, elements: ReadonlyMap<RegionId, HTMLElement>): void {
  const frame = map.getContainer().getBoundingClientRect();
  const boxes: { id: RegionId; box: Box }[] = [];
  const selectedFirst = [...LABEL_ORDER].sort(
    (a, b) => Number(isSelected(elements.get(b))) - Number(isSelected(elements.get(a))),
  );
  for (const id of selectedFirst) {
    const element = elements.get(id);
    if (!element) continue;
    const rect = element.getBoundingClientRect();
    const inside =
      rect.right > frame.left &&
      rect.left < frame.right &&
      rect.bottom > frame.top &&
      rect.top < frame.bottom;
    if (inside) boxes.push({ id, box: rect });
  }
  // The panel floats over the map: labels under it would be hidden and unclickable.
  const panel = document.getElementById('panel')?.getBoundingClientRect();
  const shown = chooseLabels(boxes, panel ? [panel] : []);
  for (const [id, element] of elements) element.classList.toggle('is-hidden', !shown.has(id));
}

function isSelected(element: HTMLElement | undefined): boolean {
  return element?.querySelector('.is-selected') !== null && element !== undefined;
}
