import { describe, expect, it } from 'vitest';
import { dropDuplicateRows } from '../../../src/data/normalise/dropDuplicateRows';
import { period, relocation } from '../support/records';

describe('dropDuplicateRows', () => {
  it('keeps the first of two county totals of the same county and period, warning on the second', () => {
    const first = relocation({ line: 2, people: 80 });
    const second = relocation({ line: 6, people: 80 });
    expect(dropDuplicateRows([first, second], ['township', 'site'])).toEqual({
      kept: [first],
      problems: [{ line: 6, column: 'county_code', value: '140923', code: 'duplicate_key', severity: 'warning', params: { first: 2 } }],
    });
  });

  it('treats rows that differ in a key column, or in period, as different rows', () => {
    const rows = [
      relocation({ line: 2, township: 'A镇', people: 10 }),
      relocation({ line: 3, township: 'B镇', people: 10 }),
      relocation({ line: 4, township: 'A镇', site: '新区', people: 10 }),
      relocation({ line: 5, township: 'A镇', period: period(2020), people: 10 }),
    ];
    expect(dropDuplicateRows(rows, ['township', 'site'])).toEqual({ kept: rows, problems: [] });
  });

  it('keeps everything when given no rows', () => {
    expect(dropDuplicateRows([], ['township'])).toEqual({ kept: [], problems: [] });
  });
});
