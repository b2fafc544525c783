import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsOf, readProgress } from '../../../src/data/progress/readProgress';
import { progressFile } from './progressLines';

describe('readProgress', () => {
  it('reads each line into a point with its line number, its figure and the source’s own wording', () => {
    const reading = readProgress(
      progressFile(
        '100000,全国,2016,planned_people,约981万,某报《规划》,"搬迁对象……约981万人。",计划',
        '140000,山西省,2019-01,moved_in_people,31.3万,新华社,"山西31.3万贫困人口",',
      ),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.points.map((point) => [point.line, point.code, point.asOf.label, point.measure, point.value, point.approximate, point.stated])).toEqual([
      [2, '100000', '2016', 'planned_people', 9_810_000, true, '约981万'],
      [3, '140000', '2019-01', 'moved_in_people', 313_000, false, '31.3万'],
    ]);
  });

  it('counts lines as the file has them, a quote running over two lines included', () => {
    const reading = readProgress(
      progressFile('430821,慈利县,2018-06,planned_people,14930,"湖南省人民政府英文网《People Move》，Photo/Tang Jun\n2018年6月",,', '430821,慈利县,2018-06,moved_in_people,10643,某报,,'),
    );
    expect(reading.points.map((point) => point.line)).toEqual([2, 4]);
    expect(reading.points[0]?.source).toContain('\n2018年6月');
  });

  it('keeps two sources’ different figures for one place, measure and date, both', () => {
    const reading = readProgress(progressFile('520000,贵州省,2019,planned_people,188万,甲报,,', '520000,贵州省,2019,planned_people,192万,乙报,,'));
    expect(reading.points.map((point) => [point.value, point.source])).toEqual([
      [1_880_000, '甲报'],
      [1_920_000, '乙报'],
    ]);
  });

  it('names the line, the column and the reason, in both languages, for each line it cannot read, and reads the rest', () => {
    const reading = readProgress(
      progressFile(
        '999999,某地,2019,moved_in_people,100,甲报,,',
        '140000,贵州省,2019,moved_in_people,100,甲报,,',
        '140000,山西省,2019年底,moved_in_people,100,甲报,,',
        '140000,山西省,2019-13,moved_in_people,100,甲报,,',
        '140000,山西省,2019,moved_out,100,甲报,,',
        '140000,山西省,2019,moved_in_people,很多,甲报,,',
        '140000,山西省,2019,moved_in_people,100,,,',
        '140000,山西省,2019,moved_in_people,100,甲报,,',
      ),
    );
    expect(reading.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'county_code'],
      [3, 'county'],
      [4, 'as_of'],
      [5, 'as_of'],
      [6, 'measure'],
      [7, 'value'],
      [8, 'source'],
    ]);
    for (const problem of reading.problems) {
      expect(problem.reason.zh).toMatch(/\S/);
      expect(problem.reason.en).toMatch(/\S/);
    }
    expect(reading.problems[1]?.reason.zh).toContain('山西省');
    expect(reading.points.map((point) => point.line)).toEqual([9]);
    expect(reading.lines).toBe(8);
  });

  it('says which columns a header lacks, and reads no line as a point', () => {
    const reading = readProgress('county_code,county,value\n140000,山西省,100\n');
    expect(reading.points).toEqual([]);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]?.column).toBe('as_of, measure, source');
  });

  it('reads every line of the shipped data/china/progress.csv', () => {
    const text = readFileSync(new URL('../../../data/china/progress.csv', import.meta.url), 'utf8');
    const reading = readProgress(text);
    expect(reading.problems).toEqual([]);
    expect(reading.points).toHaveLength(reading.lines);
    expect(reading.lines).toBeGreaterThan(0);
  });
});

describe('parseAsOf', () => {
  it('reads a year or a year and month, and nothing else', () => {
    expect(parseAsOf('2019')).toEqual({ year: 2019, month: null, label: '2019' });
    expect(parseAsOf('2019-12')).toEqual({ year: 2019, month: 12, label: '2019-12' });
    for (const text of ['2019-00', '2019-1', '19', '2019-12-31', '十三五', '']) expect(parseAsOf(text), text).toBeNull();
  });
});
