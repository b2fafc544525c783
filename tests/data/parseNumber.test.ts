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
    ['约'],
    ['多人'],
    ['余'],
    ['近600人'], // nearly: a bound, not a figure this reads
    ['12（万元）'], // 万 in a unit would leave the figure 10,000 times too small
    ['3000元万'],
    ['（元）12'],
    ['万'],
    ['元'],
    ['12abc'], // Latin letters are not a unit
    ['5%'], // no column holds a percentage
  ])('rejects %j as not a number', (raw) => {
    expect(parseNumber(raw)).toEqual({ ok: false });
  });

  it.each([
    ['约320人', 320],
    ['约6000', 6000],
    ['大约6000人', 6000],
    ['6000余人', 6000],
    ['6000余', 6000],
    ['320多户', 320],
    ['18000多元', 18000],
    ['80左右', 80],
    ['80人左右', 80],
    ['540余亩', 540],
    ['1.2万余人', 12000],
    ['1万多', 10000],
    ['约 1,200 人', 1200],
    ['约６０００余人', 6000],
    ['3000余万元', 30000000],
    ['1.5多万', 15000],
    ['2亿多', 200000000],
  ])('reads the approximate %j as %d, saying it is approximate', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value, approximate: true });
  });

  it('does not mark an exact number, or a blank, as approximate', () => {
    expect(parseNumber('6000人')).toStrictEqual({ ok: true, value: 6000 });
    expect(parseNumber('1.2万')).toStrictEqual({ ok: true, value: 12000 });
    expect(parseNumber('—')).toStrictEqual({ ok: true, value: null });
  });

  it.each([
    ['0', 0],
    ['7', 7],
    ['007', 7],
    ['1871', 1871],
    ['123456789012345', 123456789012345],
    ['1234567890123456', 1234567890123456],
  ])('reads the plain digits %j as %d, exactly as it reads the same number written another way', (raw, value) => {
    expect(parseNumber(raw)).toStrictEqual({ ok: true, value });
    // Full-width digits take the long way round; the result has the same shape.
    const fullWidth = [...raw].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('');
    expect(parseNumber(fullWidth)).toStrictEqual(parseNumber(raw));
  });

  it('keeps the sign of a negative number so that validation can reject it', () => {
    expect(parseNumber('-5')).toEqual({ ok: true, value: -5 });
    expect(parseNumber('-1.2万')).toEqual({ ok: true, value: -12000 });
  });
});
