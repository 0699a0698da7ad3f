import { describe, expect, it } from 'vitest';
import { inTreeOrder, unitsInMyCare } from './units';

const units = [
  { id: 'ho', parentId: null, name: 'Helse og omsorg' },
  { id: 'hjem', parentId: 'ho', name: 'Hjemmetjenesten' },
  { id: 'sone1', parentId: 'hjem', name: 'Sone 1' },
  { id: 'sykehjem', parentId: 'ho', name: 'Bragernes sykehjem' },
];

describe('units in my care', () => {
  it('covers the units I lead and all units below them', () => {
    expect([...unitsInMyCare([{ role: 'LEADER', unit: { id: 'hjem' } }], units)].sort()).toEqual(['hjem', 'sone1']);
    expect(unitsInMyCare([{ role: 'STAFF', unit: { id: 'hjem' } }], units).size).toBe(0);
    expect(unitsInMyCare([{ role: 'DIGITAL_AGENT', unit: { id: 'ho' } }], units).size).toBe(0);
    expect(unitsInMyCare([{ role: 'ADMIN', unit: null }], units).size).toBe(4);
  });

  it('lists them parent first, children by name and indented', () => {
    const all = new Set(units.map((u) => u.id));
    expect(inTreeOrder(units, all).map(({ unit, depth }) => `${depth}:${unit.id}`)).toEqual([
      '0:ho',
      '1:sykehjem',
      '1:hjem',
      '2:sone1',
    ]);
    // A leader of Hjemmetjenesten: their unit is the top of their own tree.
    expect(inTreeOrder(units, new Set(['hjem', 'sone1'])).map(({ unit, depth }) => `${depth}:${unit.id}`)).toEqual([
      '0:hjem',
      '1:sone1',
    ]);
  });
});
