import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/data/parseNumber';

describe('parseNumber', () => {
  it.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['１２３４', 1234],
    ['１，２３４', 1234],
    ['320人', 320],
    ['1871元', 1871],
    ['12（元）', 12],
    ['600元/年', 600],
    ['1.2万', 12000],
    ['1.15万', 11500],
    ['0.1万', 1000],
    ['3亿', 300000000],
    ['3.5', 3.5],
    ['.5', 0.5],
    ['0', 0],
    ['+5', 5],
    ['  7 ', 7],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.13万', 1.13 * 1e4, 11300],
    ['0.07万', 0.07 * 1e4, 700],
    ['0.57万', 0.57 * 1e4, 5700],
    ['1.15亿', 1.15 * 1e8, 115000000],
  ])('reads %j as exactly the whole number, without binary noise (plain arithmetic gives %d)', (raw, noisy, value) => {
    expect(noisy).not.toBe(value); // the noise the rounding removes
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '-', '--', '—', '–', '/', 'n/a', 'N/A', 'na'])('reads the no-figure mark %j as unknown (null), never 0', (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value: null });
  });

  it.each([
    ['abc'],
    ['1,23'], // bad thousands grouping
    ['12,34,567'],
    ['1.2.3'],
    ['1e5'],
    ['约320人'],
    ['（元）12'],
    ['万'],
    ['元'],
    ['12abc'], // Latin letters are not a unit
    ['5%'], // no column holds a percentage
  ])('rejects %j as not a number', (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: false });
  });

  it('keeps the sign of a negative number so that validation can reject it', () => {
    expect(parseNumber('-5')).toEqual({ ok: true, value: -5 });
    expect(parseNumber('-1.2万')).toEqual({ ok: true, value: -12000 });
  });
});
