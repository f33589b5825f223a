import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hatchImage, INTERACTIVE_LAYER_IDS, LAYERS } from './layers';

describe('map style', () => {
  it('draws no background: the sea is the stage behind the transparent canvas', () => {
    expect(LAYERS.map((l): string => l.type)).not.toContain('background');
    const css = readFileSync(resolve('src/app/app.css'), 'utf8');
    expect(css).toMatch(/\.map-area\s*\{[^}]*background:\s*var\(--sea\)/);
  });

  it('only layers that exist answer the pointer', () => {
    const ids = new Set(LAYERS.map((l) => l.id));
    for (const id of INTERACTIVE_LAYER_IDS) expect(ids.has(id)).toBe(true);
  });

  it('draws the Arctic hatching as diagonal lines with transparent gaps', () => {
    const { width, height, data } = hatchImage(12);
    expect(data.length).toBe(width * height * 4);
    const alphaAt = (x: number, y: number) => data[(y * width + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBeGreaterThan(0);
    expect(alphaAt(11, 1)).toBeGreaterThan(0);
    expect(alphaAt(5, 0)).toBe(0);
  });
});
