import { describe, expect, it } from 'vitest';
import { columnLabel, describeProblem } from '../../src/i18n/columnLabel';
import { translator } from '../../src/i18n/translate';
import { DATASETS } from '../../src/data/schema';

describe('columnLabel', () => {
  it('names a column by its Chinese header in Chinese', () => {
    expect(columnLabel('relocation', 'people', 'zh')).toBe('搬迁人数');
  });

  it('names a column by its English description and key in English', () => {
    expect(columnLabel('relocation', 'people', 'en')).toBe('Relocated people (people)');
  });

  it('gives an unknown column its key', () => {
    expect(columnLabel('relocation', 'no_such_column', 'zh')).toBe('no_such_column');
  });
});

describe('describeProblem', () => {
  it('fills the message with the line, the value and the column as readers know it', () => {
    const text = describeProblem({ line: 4, column: 'people', value: 'abc', code: 'not_a_number', severity: 'error' }, 'relocation', 'zh');
    expect(text).toBe(translator('zh')('problem.not_a_number', { value: 'abc', line: 4, column: '搬迁人数' }));
    expect(text).toContain('abc');
  });

  it('names the whole a part exceeds by its label', () => {
    const text = describeProblem(
      {
        line: 3,
        column: 'registered_poor_people',
        value: '500',
        code: 'part_exceeds_whole',
        severity: 'warning',
        params: { whole: 'people', partValue: 500, wholeValue: 400 },
      },
      'relocation',
      'en',
    );
    expect(text).toBe(
      translator('en')('problem.part_exceeds_whole', {
        column: 'Registered-poor people relocated (registered_poor_people)',
        whole: 'Relocated people (people)',
        partValue: 500,
        wholeValue: 400,
      }),
    );
  });

  it('lists the allowed values of an enum column', () => {
    const text = describeProblem({ line: 2, column: 'unit_type', value: 'farm', code: 'unknown_enum_value', severity: 'error' }, 'jobs', 'en');
    expect(text).toContain('industrial_park 产业园区');
    expect(text).toContain('enterprise 企业');
    expect(text).toContain('farm');
  });
});

describe('columnLabel without the unit', () => {
  it('drops the bracketed unit of a Chinese header, and the header name of an English one', () => {
    expect(columnLabel('sites', 'area_mu', 'zh', { withoutUnit: true })).toBe('占地');
    expect(columnLabel('income', 'income_gain_per_household_yuan', 'zh', { withoutUnit: true })).toBe('户均增收');
    expect(columnLabel('sites', 'area_mu', 'en', { withoutUnit: true })).toBe('Land area');
    expect(columnLabel('sites', 'area_mu', 'zh')).toBe('占地（亩）');
  });
});

describe('columnLabel for a table’s header', () => {
  it('gives every column of every dataset a short English header, not its whole description', () => {
    const long = Object.values(DATASETS).flatMap((spec) =>
      spec.columns.map((column) => columnLabel(spec.id, column.key, 'en', { withoutUnit: true })).filter((label) => label.length > 28),
    );
    expect(long).toEqual([]);
  });

  it('keeps the whole description, with the header to look for, where a reader is told what a column is', () => {
    expect(columnLabel('relocation', 'county_code', 'en')).toBe(`${DATASETS.relocation.columns[0]?.description.en} (county_code)`);
    expect(columnLabel('relocation', 'county_code', 'en', { withoutUnit: true })).toBe('County code');
  });
});
