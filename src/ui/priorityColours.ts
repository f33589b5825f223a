import type { PriorityId } from '../content/ids';

/**
 * One colour per priority from the Okabe-Ito palette (distinguishable with colour-blindness),
 * always shown with the priority's number and label. `ink` is the text colour on the swatch,
 * chosen for a contrast of at least 4.5:1 (checked in priorityColours.test.ts).
 */
export const PRIORITY_COLOURS: Record<PriorityId, { swatch: string; ink: string }> = {
  'ukraine-support': { swatch: '#0072B2', ink: '#FFFFFF' },
  defence: { swatch: '#D55E00', ink: '#000000' },
  'eu-neighbours': { swatch: '#009E73', ink: '#000000' },
  'war-consequences': { swatch: '#CC79A7', ink: '#000000' },
  'global-partnerships': { swatch: '#56B4E9', ink: '#000000' },
  resilience: { swatch: '#E69F00', ink: '#000000' },
  strongholds: { swatch: '#F0E442', ink: '#000000' },
  business: { swatch: '#000000', ink: '#FFFFFF' },
};

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
