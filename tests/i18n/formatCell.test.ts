import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/data/schema';
import { formatCell } from '../../src/i18n/formatCell';
import { period } from '../support/figures';

const column = (datasetId: keyof typeof DATASETS, key: string) => DATASETS[datasetId].columns.find((spec) => spec.key === key);

describe('formatCell', () => {
  it('writes a figure with thousands separators and up to two decimals', () => {
    expect(formatCell(12345.678, column('relocation', 'people'), 'en')).toBe('12,345.68');
  });

  it('writes a year as it is, never as 2,020', () => {
    const year = DATASETS.sites.columns.find((spec) => spec.type === 'year');
    expect(year).toBeDefined();
    expect(formatCell(2020, year, 'en')).toBe('2020');
  });

  it('writes a period by its label and a coded value by its name in the page’s language', () => {
    expect(formatCell(period('2016-2020'), column('relocation', 'period'), 'zh')).toBe('2016-2020');
    expect(formatCell('industrial_park', column('jobs', 'unit_type'), 'zh')).toBe('产业园区');
    expect(formatCell('industrial_park', column('jobs', 'unit_type'), 'en')).not.toBe('industrial_park');
  });

  it('leaves a blank cell blank, and an unknown code as the file wrote it', () => {
    expect(formatCell(null, column('relocation', 'people'), 'zh')).toBe('');
    expect(formatCell('其他', column('jobs', 'unit_type'), 'zh')).toBe('其他');
  });
});
