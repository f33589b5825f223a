import { describe, expect, it } from 'vitest';
import { pickRegion } from './picking';

describe('pickRegion (the overlap rule)', () => {
  it('picks the smallest region and offers the others, most specific first', () => {
    expect(
      pickRegion([
        { id: 'ukraine', area: 596951, zone: false },
        { id: 'mykolaiv', area: 23681, zone: false },
      ]),
    ).toEqual({ picked: 'mykolaiv', others: ['ukraine'] });
  });

  it('picks North Africa before Africa, and ASEAN before the Indo-Pacific', () => {
    expect(
      pickRegion([
        { id: 'africa', area: 3e7, zone: false },
        { id: 'north-africa', area: 7.6e6, zone: false },
        { id: 'arab-league', area: 1.2e7, zone: false },
      ])?.picked,
    ).toBe('north-africa');
    expect(
      pickRegion([
        { id: 'indo-pacific', area: 2.9e7, zone: false },
        { id: 'asean', area: 4.4e6, zone: false },
      ]),
    ).toEqual({ picked: 'asean', others: ['indo-pacific'] });
  });

  it('never lets a zone win over a place, even a larger place', () => {
    expect(
      pickRegion([
        { id: 'arctic', area: 1e3, zone: true },
        { id: 'russia', area: 1.7e7, zone: false },
      ]),
    ).toEqual({ picked: 'russia', others: ['arctic'] });
  });

  it('picks the zone when it is all there is, ignores duplicates, and gives null for nothing', () => {
    expect(
      pickRegion([
        { id: 'arctic', area: 2e7, zone: true },
        { id: 'arctic', area: 2e7, zone: true },
      ]),
    ).toEqual({ picked: 'arctic', others: [] });
    expect(pickRegion([])).toBeNull();
  });
});
