import { describe, expect, it } from 'vitest';
import { memoiseText } from '../../src/data/memoiseText';

/** A function of a text that counts its calls per text. */
function counted<T>(read: (text: string) => T) {
  const calls = new Map<string, number>();
  const fn = (text: string) => {
    calls.set(text, (calls.get(text) ?? 0) + 1);
    return read(text);
  };
  return { fn, calls, total: () => [...calls.values()].reduce((sum, n) => sum + n, 0) };
}

describe('memoiseText', () => {
  it('gives what the function gives, for each text', () => {
    const read = (text: string) => `${text.length}:${text.toUpperCase()}`;
    const memoised = memoiseText(read);
    for (const text of ['a', 'bb', '', '代县', 'a', 'bb', '代县']) expect(memoised(text)).toBe(read(text));
  });

  it('calls the function once per distinct text, however often each comes', () => {
    const { fn, calls } = counted((text) => text.length);
    const memoised = memoiseText(fn);
    const texts = ['140923', '代县', '2019', '140923', '代县', '2019', '140923', '上馆镇'];
    for (let round = 0; round < 100; round++) for (const text of texts) memoised(text);
    expect(Object.fromEntries(calls)).toEqual({ '140923': 1, 代县: 1, '2019': 1, 上馆镇: 1 });
  });

  it('remembers null and undefined results too, calling the function once for each', () => {
    const { fn, total } = counted((text): string | null | undefined => (text === 'n' ? null : text === 'u' ? undefined : text));
    const memoised = memoiseText(fn);
    for (let round = 0; round < 5; round++) {
      expect(memoised('n')).toBeNull();
      expect(memoised('u')).toBeUndefined();
      expect(memoised('x')).toBe('x');
    }
    expect(total()).toBe(3);
  });

  it('gives the very object the function gave the first time', () => {
    const memoised = memoiseText((text) => ({ text }));
    expect(memoised('2019')).toBe(memoised('2019'));
  });

  it('stays right past its limit of distinct texts, reading a forgotten text again', () => {
    const { fn, calls, total } = counted((text) => Number(text) * 2);
    const memoised = memoiseText(fn, 3);
    const texts = Array.from({ length: 10 }, (_, i) => String(i));
    for (const text of texts) expect(memoised(text)).toBe(Number(text) * 2);
    for (const text of texts) expect(memoised(text)).toBe(Number(text) * 2);
    // Never more than one call per text between two clearings: at most twice each over two passes.
    expect(Math.max(...calls.values())).toBeLessThanOrEqual(2);
    // The memory holds at most 3 texts, so a second pass over 10 must read most of them again.
    expect(total()).toBeGreaterThan(10);
  });

  it('keeps remembering the most recent texts after it clears its memory', () => {
    const { fn, total } = counted((text) => text);
    const memoised = memoiseText(fn, 2);
    memoised('a');
    memoised('b');
    memoised('c'); // the memory was full: it starts again, with c
    const afterClearing = total();
    memoised('c');
    expect(total()).toBe(afterClearing);
  });

  it('remembers 4096 distinct texts by default', () => {
    const { fn, total } = counted((text) => text.length);
    const memoised = memoiseText(fn);
    const texts = Array.from({ length: 4096 }, (_, i) => `t${i}`);
    for (const text of texts) memoised(text);
    for (const text of texts) memoised(text);
    expect(total()).toBe(4096);
  });
});
