import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { strategy } from '../test-utils';
import { readWorld } from './geometry';
import { regionLabelData } from './regionLabels';

const topology = JSON.parse(readFileSync(resolve('public/geo/world.json'), 'utf8')) as Topology;
const world = readWorld(topology);

describe('regionLabelData', () => {
  it('gives every mapped region a point at its label point with both names and its count', () => {
    const data = regionLabelData(world, strategy, new Map([['baltics', 3]]), null, null);
    expect(data.features.map((f) => f.properties.id).sort()).toEqual([...world.regionInfo.keys()].sort());
    const baltics = data.features.find((f) => f.properties.id === 'baltics');
    expect(baltics?.geometry.coordinates).toEqual(world.regionInfo.get('baltics')?.label);
    expect(baltics?.properties).toMatchObject({
      name_da: 'Baltikum',
      count: 3,
      selected: false,
      dimmed: false,
    });
    expect(data.features.find((f) => f.properties.id === 'china')?.properties.count).toBe(0);
  });

  it('places the selected region first and marks the regions a filter dims', () => {
    const data = regionLabelData(world, strategy, new Map(), new Set(['ukraine']), 'china');
    const props = new Map(data.features.map((f) => [f.properties.id, f.properties]));
    expect(props.get('china')).toMatchObject({ selected: true, order: 0, dimmed: true });
    expect(props.get('ukraine')?.dimmed).toBe(false);
    const orders = data.features.map((f) => f.properties.order);
    expect(Math.min(...orders.filter((o) => o > 0))).toBe(1);
    expect(new Set(orders).size).toBe(orders.length);
    // The brief's six come before the rest.
    expect(props.get('mykolaiv')!.order).toBeLessThan(props.get('ukraine')!.order);
  });
});
