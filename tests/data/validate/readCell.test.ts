import { describe, expect, it } from 'vitest';
import { readCell, readCountyCode } from '../../../src/data/validate/readCell';
import { DATASETS } from '../../../src/data/schema';
import type { ColumnSpec } from '../../../src/data/schema';
import { periodOf } from '../../../src/data/parsePeriod';

function column(datasetId: keyof typeof DATASETS, key: string): ColumnSpec {
  const found = DATASETS[datasetId].columns.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no column ${key} in ${datasetId}`);
  return found;
}

const countyCode = column('relocation', 'county_code');
const county = column('relocation', 'county');
const period = column('relocation', 'period');
const people = column('relocation', 'people');
const area = column('sites', 'area_mu');
const opened = column('sites', 'opened');
const unitType = column('jobs', 'unit_type');
const units = column('jobs', 'units');

describe('readCountyCode', () => {
  it.each([
    ['140923', '140923'],
    [' 140923 ', '140923'],
    ['１４０９２３', '140923'],
    ['140923.0', '140923'],
    ['140923000', '140923'],
    ['140923000000', '140923'],
  ])('reads %j as %j', (raw, code) => {
    expect(readCountyCode(raw)).toBe(code);
  });

  it.each([['14092'], ['1409230'], ['140923001'], ['14O923'], ['1.40923E+05'], ['']])('rejects %j', (raw) => {
    expect(readCountyCode(raw)).toBeNull();
  });
});

describe('readCell', () => {
  it.each([
    ['text', county, '  代县 ', '代县'],
    ['code', countyCode, '140923', '140923'],
    ['period', period, '2016-2020', periodOf(2016, 2020)],
    ['count', people, '3,676人', 3676],
    ['count given in 万', people, '1.2万', 12000],
    ['amount', area, '540.5', 540.5],
    ['year', opened, '2018', 2018],
    ['year with 年', opened, '2018年', 2018],
    ['enum by code', unitType, 'industrial_park', 'industrial_park'],
    ['enum by code in any case', unitType, ' Industrial_Park ', 'industrial_park'],
    ['enum by Chinese word', unitType, '扶贫车间', 'township_workshop'],
    ['enum by full-width Chinese word with spaces', unitType, ' 家庭作坊 ', 'family_workshop'],
  ])('reads a %s cell', (_kind, spec, raw, value) => {
    expect(readCell(raw, spec)).toEqual({ ok: true, value });
  });

  it.each([
    ['text', county],
    ['code', countyCode],
    ['period', period],
    ['count', people],
    ['amount', area],
    ['year', opened],
    ['enum', unitType],
  ])('reads a blank %s cell as unknown (null)', (_kind, spec) => {
    expect(readCell('  ', spec)).toEqual({ ok: true, value: null });
  });

  it.each([
    { kind: 'count', spec: people, raw: '6000余人', value: 6000 },
    { kind: 'count', spec: people, raw: '约6000', value: 6000 },
    { kind: 'count', spec: people, raw: '320多户', value: 320 },
    { kind: 'count', spec: people, raw: '80左右', value: 80 },
    { kind: 'amount', spec: area, raw: '540余亩', value: 540 },
  ])('reads an approximate $kind cell $raw as $value and says it is approximate', ({ spec, raw, value }) => {
    expect(readCell(raw, spec)).toEqual({ ok: true, value, approximate: true });
  });

  it('scales an approximate figure whose header counts in 万', () => {
    expect(readCell('1.2余', people, 1e4)).toEqual({ ok: true, value: 12000, approximate: true });
  });

  it('still rejects an approximate figure that breaks the column rules', () => {
    expect(readCell('约3.5人', people)).toEqual({ ok: false, code: 'fraction_in_count' });
    expect(readCell('约-5', people)).toEqual({ ok: false, code: 'negative_number' });
  });

  it('reads a blank or dash cell of a column with a default as unknown: only a named unit takes the default (toRecords)', () => {
    expect(readCell('', units)).toEqual({ ok: true, value: null });
    expect(readCell('-', units)).toEqual({ ok: true, value: null });
    expect(readCell('11', units)).toEqual({ ok: true, value: 11 });
  });

  it.each([
    ['code', countyCode, '14092', 'malformed_county_code'],
    ['period', period, '20xx', 'malformed_period'],
    ['count', people, 'abc', 'not_a_number'],
    ['count', people, '-5', 'negative_number'],
    ['count', people, '3.5', 'fraction_in_count'],
    ['amount', area, '-0.5', 'negative_number'],
    ['amount', area, '1,23', 'not_a_number'],
    ['year', opened, '18', 'malformed_year'],
    ['year', opened, '2018.5', 'malformed_year'],
    ['year', opened, '2200', 'malformed_year'],
    ['year', opened, 'abc', 'not_a_number'],
    ['enum', unitType, 'factory', 'unknown_enum_value'],
    ['enum', unitType, 'Township workshop', 'unknown_enum_value'],
  ])('rejects a %s cell %j as %s', (_kind, spec, raw, code) => {
    expect(readCell(raw, spec)).toEqual({ ok: false, code });
  });
});
