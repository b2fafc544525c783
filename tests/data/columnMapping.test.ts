import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/data/importStream';
import { bytes } from './support/records';
import { imported } from '../support/fixtures';

// Test data. 搬迁人口数 is no wording the data dictionary knows for people.
const FILE = '县级代码,县,年份,搬迁户数,搬迁人口数\n140923,代县,2019,40,120\n140922,五台县,2019,160,\n140921,定襄县,2019,90,270\n140922,五台县,2020,10,30\n';
const ONLY_UNKNOWN_FIGURE = '县级代码,县,年份,搬迁人口数\n140923,代县,2019,120\n';

describe('columns matched by the analyst', () => {
  it('offers an unknown header with its first values, and counts none of its figures until it is matched', () => {
    const result = imported(importBytes(bytes(FILE), 'a.csv'));
    expect(result.unmatchedColumns).toEqual([{ index: 4, header: '搬迁人口数', values: ['120', '270', '30'] }]);
    expect(result.records.map((record) => (record as { people?: number | null }).people)).toEqual([null, null, null, null]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unknown_column']);
  });

  it('reads a matched header as the column chosen, keeping the header as written and saying what was matched', () => {
    const result = imported(importBytes(bytes(FILE), 'a.csv', { columnMapping: { 搬迁人口数: 'people' } }));
    expect(result.records.map((record) => (record as { people?: number | null }).people)).toEqual([120, null, 270, 30]);
    expect(result.columnMapping).toEqual([{ header: '搬迁人口数', column: 'people' }]);
    expect(result.unmatchedColumns).toEqual([]);
    expect(result.header).toEqual(['县级代码', '县', '年份', '搬迁户数', '搬迁人口数']);
    expect(result.problems).toEqual([]);
  });

  it('matches the wording however it is spaced or bracketed, and a wording the mapping does not name is never guessed', () => {
    const spaced = FILE.replace('搬迁人口数', ' 搬迁 人口数 ');
    expect(imported(importBytes(bytes(spaced), 'a.csv', { columnMapping: { 搬迁人口数: 'people' } })).records.map((record) => (record as { people?: number | null }).people)[0]).toBe(120);
    const other = FILE.replace('搬迁人口数', '搬迁人口');
    expect(imported(importBytes(bytes(other), 'a.csv', { columnMapping: { 搬迁人口数: 'people' } })).columnMapping).toEqual([]);
  });

  it('lets a file whose only figure has an unknown header be recognised once it is matched', () => {
    expect(importBytes(bytes(ONLY_UNKNOWN_FIGURE), 'a.csv').kind).toBe('needs-dataset');
    const outcome = importBytes(bytes(ONLY_UNKNOWN_FIGURE), 'a.csv', { columnMapping: { 搬迁人口数: 'people' } });
    expect(outcome.kind === 'imported' && [outcome.result.datasetId, outcome.result.records.map((record) => (record as { people?: number | null }).people)]).toEqual(['relocation', [120]]);
  });
});
