import { describe, expect, it } from 'vitest';
import { FirstLineByKey } from '../../../src/data/count/firstLineByKey';

describe('FirstLineByKey', () => {
  it('says 0 the first time a key is given, then the line it was first given on', () => {
    const lines = new FirstLineByKey();
    expect(lines.firstLine('140923\u00002019\u0000H1', 2)).toBe(0);
    expect(lines.firstLine('140923\u00002019\u0000H1', 5)).toBe(2);
    // The repeat does not replace the first line.
    expect(lines.firstLine('140923\u00002019\u0000H1', 9)).toBe(2);
  });

  it('tells keys apart that differ in one character, in order or in length', () => {
    const lines = new FirstLineByKey();
    const keys = ['a', 'b', 'ab', 'ba', 'aa', '', '户1', '户2', '1户', 'a\u0000b', 'ab\u0000'];
    keys.forEach((key, index) => expect(lines.firstLine(key, index + 1)).toBe(0));
    keys.forEach((key, index) => expect(lines.firstLine(key, 1000)).toBe(index + 1));
  });

  it('keeps every key apart and remembers every first line while it grows past 200,000 keys', () => {
    const lines = new FirstLineByKey();
    const count = 200_000;
    // Keys as the fold makes them: county code, year and household number.
    const key = (i: number) => `14${String(i % 97).padStart(4, '0')}\u0000${2016 + (i % 5)}\u0000${String(i).padStart(7, '0')}`;
    let firstTimes = 0;
    for (let i = 0; i < count; i++) if (lines.firstLine(key(i), i + 2) === 0) firstTimes++;
    expect(firstTimes).toBe(count);
    let remembered = 0;
    for (let i = 0; i < count; i++) if (lines.firstLine(key(i), 1) === i + 2) remembered++;
    expect(remembered).toBe(count);
  });

  it('remembers large line numbers', () => {
    const lines = new FirstLineByKey();
    expect(lines.firstLine('k', 3_000_000_000)).toBe(0);
    expect(lines.firstLine('k', 1)).toBe(3_000_000_000);
  });
});
