import { describe, expect, it } from 'vitest';
import { bytes } from '../support/records';
import { importShipped } from '../support/daiCounty';
import { importAs } from '../../support/importAs';

const HEADER = 'county_code,county,period,population,source,note\n';

function run(rows: string) {
  return importAs('population', 'population.csv', bytes(HEADER + rows));
}

describe('population.csv', () => {
  it('reads a county’s resident population as a whole number of people, with its place, period and source', () => {
    const result = run('140923,代县,2020,178870,七普公报,\n');
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      { line: 2, file: 'population.csv', county_code: '140923', county: '代县', period: { from: 2020, to: 2020, label: '2020' }, population: 178870, source: '七普公报', quote: null, note: null, prefecture: '忻州市', province: '山西省' },
    ]);
  });

  it('reads Chinese headers, and a population given in 万人 as people', () => {
    const result = importAs('population', 'p.csv', bytes('县级代码,县,年份,常住人口（万人）\n140923,代县,2020,17.887\n'));
    expect(result.records.map((record) => record.population)).toEqual([178870]);
  });

  it('rejects a population with a fraction: residents are counted whole', () => {
    const result = run('140923,代县,2020,178870.5,,\n');
    expect(result.records).toEqual([]);
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.code, problem.severity])).toEqual([[2, 'population', 'fraction_in_count', 'error']]);
  });

  it('rejects a row without a population rather than read it as 0', () => {
    const result = run('140923,代县,2020,,,\n');
    expect(result.records).toEqual([]);
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([[2, 'population', 'missing_required']]);
  });

  it('says a file without the population column lacks it', () => {
    const result = importAs('population', 'p.csv', bytes('county_code,county,period\n140923,代县,2020\n'));
    expect(result.problems.map((problem) => [problem.column, problem.code])).toContainEqual(['population', 'missing_column']);
  });

  it('counts a county’s population once when a row is repeated', () => {
    const result = run('140923,代县,2020,178870,,\n140923,代县,2020,178870,,\n');
    expect(result.records.map((record) => record.population)).toEqual([178870]);
    expect(result.problems.map((problem) => problem.code)).toEqual(['duplicate_key']);
  });

  it('ships Dai County’s 2020 census population, 178,870, without a problem', () => {
    const result = importShipped('dai-county', 'population');
    expect(result.problems).toEqual([]);
    expect(result.records.map((record) => [record.county_code, record.period.label, record.population])).toEqual([['140923', '2020', 178870]]);
    expect(result.records[0]?.source).toContain('第七次全国人口普查');
  });
});
