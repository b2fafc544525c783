import { describe, expect, it } from 'vitest';
import { checkRow } from '../../../src/data/validate/rowRules';
import { DATASETS } from '../../../src/data/schema';
import type { CellValue } from '../../../src/data/types';
import { periodOf } from '../../../src/data/parsePeriod';

const place = { county_code: '140923', county: '代县', period: periodOf(2019, 2019) };

/** The cells as the file wrote them: a period by its label, a blank as ''. */
function rawOf(values: Record<string, CellValue>): Record<string, string> {
  const text = (value: CellValue) => (value === null ? '' : typeof value === 'object' ? value.label : String(value));
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, text(value)]));
}

function check(values: Record<string, CellValue>, datasetId: keyof typeof DATASETS = 'relocation') {
  return checkRow(DATASETS[datasetId], 7, values, rawOf(values));
}

describe('checkRow', () => {
  it('finds nothing wrong with a consistent row', () => {
    expect(check({ ...place, households: 10, people: 30, registered_poor_people: 30, scattered_households: 10 })).toEqual([]);
  });

  it('reports a code missing from the national list as unknown_county_code', () => {
    expect(check({ ...place, county_code: '999999', households: 1 })).toEqual([
      { line: 7, column: 'county_code', value: '999999', code: 'unknown_county_code', severity: 'error' },
    ]);
  });

  it('warns when the county name does not name the code, giving the official name', () => {
    expect(check({ ...place, county: '代州', households: 1 })).toEqual([
      { line: 7, column: 'county', value: '代州', code: 'county_name_mismatch', severity: 'warning', params: { code: '140923', official: '代县' } },
    ]);
  });

  it('reports a row with households and people both blank as missing_one_of on the first', () => {
    expect(check({ ...place, households: null, people: null })).toEqual([
      { line: 7, column: 'households', value: '', code: 'missing_one_of', severity: 'error', params: { columns: 'households/people/registered_poor_households/registered_poor_people' } },
    ]);
  });

  it('reports missing_one_of on people when the file has only a people column', () => {
    expect(check({ ...place, people: null })).toEqual([
      { line: 7, column: 'people', value: '', code: 'missing_one_of', severity: 'error', params: { columns: 'households/people/registered_poor_households/registered_poor_people' } },
    ]);
  });

  it('is satisfied by either of households and people', () => {
    expect(check({ ...place, households: 5, people: null })).toEqual([]);
    expect(check({ ...place, households: null, people: 5 })).toEqual([]);
  });

  it('reports more households than people as people_fewer_than_households on households', () => {
    expect(check({ ...place, households: 10, people: 5 })).toEqual([
      { line: 7, column: 'households', value: '10', code: 'people_fewer_than_households', severity: 'error', params: { whole: 'people', wholeValue: 5, partValue: 10 } },
    ]);
  });

  it('reports a part larger than its whole as part_exceeds_whole on the part', () => {
    expect(check({ ...place, people: 50, registered_poor_people: 51 })).toEqual([
      { line: 7, column: 'registered_poor_people', value: '51', code: 'part_exceeds_whole', severity: 'error', params: { whole: 'people', wholeValue: 50, partValue: 51 } },
    ]);
  });

  it('accepts a part equal to its whole, and does not compare when either is blank', () => {
    expect(check({ ...place, people: 50, registered_poor_people: 50 })).toEqual([]);
    expect(check({ ...place, people: null, households: 3, registered_poor_people: 51 })).toEqual([]);
  });

  it('reports each part that exceeds its whole', () => {
    const problems = check({ ...place, households: 10, people: 20, whole_village_households: 11, scattered_people: 21 });
    expect(problems.map((problem) => [problem.column, problem.code])).toEqual([
      ['whole_village_households', 'part_exceeds_whole'],
      ['scattered_people', 'part_exceeds_whole'],
    ]);
  });

  it('checks relocated workers against jobs in jobs.csv', () => {
    expect(check({ ...place, unit: 'A', unit_type: 'enterprise', units: 1, jobs: 10, relocated_workers: 11 }, 'jobs')).toEqual([
      { line: 7, column: 'relocated_workers', value: '11', code: 'part_exceeds_whole', severity: 'error', params: { whole: 'jobs', wholeValue: 10, partValue: 11 } },
    ]);
  });
});
