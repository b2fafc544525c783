import { describe, expect, it } from 'vitest';
import { sumKnown, weightedMean } from '../../src/data/sumKnown';

const id = (value: number | null) => value;

describe('sumKnown', () => {
  it('sums the known figures and counts them', () => {
    expect(sumKnown([3, 4, 5], id)).toEqual({ value: 12, reported: 3, missing: 0 });
  });

  it('leaves blanks out of the sum and counts them as missing, never as 0', () => {
    expect(sumKnown([3, null, 5, null], id)).toEqual({ value: 8, reported: 2, missing: 2 });
  });

  it('gives null, not 0, when every figure is blank', () => {
    expect(sumKnown([null, null], id)).toEqual({ value: null, reported: 0, missing: 2 });
  });

  it('gives null with nothing reported or missing for no items', () => {
    expect(sumKnown([], id)).toEqual({ value: null, reported: 0, missing: 0 });
  });

  it('tells a stated 0 from a blank', () => {
    expect(sumKnown([0, null], id)).toEqual({ value: 0, reported: 1, missing: 1 });
  });

  it('reads the figure through the accessor, over any iterable', () => {
    const items = new Set([{ people: 10 }, { people: null }, { people: 32 }]);
    expect(sumKnown(items, (item) => item.people)).toEqual({ value: 42, reported: 2, missing: 1 });
  });
});

describe('sumKnown of approximate figures', () => {
  it('is approximate where a figure it adds up is, and exact otherwise, a blank never making it so', () => {
    const lines = [
      { value: 9_600_000, approximate: true },
      { value: 100, approximate: false },
      { value: null, approximate: true },
    ];
    expect(sumKnown(lines, (line) => line.value, (line) => line.approximate).approximate).toBe(true);
    expect(sumKnown(lines.slice(1), (line) => line.value, (line) => line.approximate).approximate).toBeUndefined();
    expect(sumKnown(lines, (line) => line.value).approximate).toBeUndefined();
  });
});

describe('weightedMean', () => {
  type Item = { gain: number | null; households: number | null };
  const mean = (items: Item[]) => weightedMean(items, (item) => item.gain, (item) => item.households);

  it('weights each figure by its households (100 at 1000 and 300 at 2000 → 1750)', () => {
    expect(
      mean([
        { gain: 1000, households: 100 },
        { gain: 2000, households: 300 },
      ]),
    ).toEqual({ value: 1750, reported: 2, missing: 0 });
  });

  it('counts an item that states only one of figure and weight as missing, and leaves it out', () => {
    expect(
      mean([
        { gain: 1000, households: 100 },
        { gain: 5000, households: null },
        { gain: null, households: 50 },
      ]),
    ).toEqual({ value: 1000, reported: 1, missing: 2 });
  });

  it('counts an item with a weight of 0 as missing', () => {
    expect(
      mean([
        { gain: 1000, households: 100 },
        { gain: 9000, households: 0 },
      ]),
    ).toEqual({ value: 1000, reported: 1, missing: 1 });
  });

  it('ignores items that state neither figure nor weight', () => {
    expect(
      mean([
        { gain: 1000, households: 100 },
        { gain: null, households: null },
      ]),
    ).toEqual({ value: 1000, reported: 1, missing: 0 });
  });

  it('gives null when no item states both', () => {
    expect(mean([{ gain: 1000, households: null }])).toEqual({ value: null, reported: 0, missing: 1 });
    expect(mean([])).toEqual({ value: null, reported: 0, missing: 0 });
  });
});
