import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/data/progress/readProgress';
import { progressOfArea, unitsStated } from '../../../src/data/aggregate/progressOfArea';
import { periodOf } from '../../../src/data/parsePeriod';
import { progressFile } from '../progress/progressLines';

const { points } = readProgress(
  progressFile(
    '100000,全国,2020-03,moved_in_people,947万,丙报,,',
    '100000,全国,2016,planned_people,约981万,甲报,,',
    '100000,全国,2017-12,construction_done_people,589万,乙报,,',
    '100000,全国,2018-12,construction_done_people,870万,乙报,,',
    '100000,全国,2019,net_income_per_capita_yuan,9313,丁报,,',
    '140000,山西省,2019-01,moved_in_people,31.3万,戊报,,',
    '140000,山西省,2020-09,moved_in_people,36.2万,己报,,',
  ),
);

describe('progressOfArea', () => {
  it('gives the area its own lines only, a line per measure, earliest first', () => {
    const progress = progressOfArea(points, '100000', null);
    expect(progress.people.map((line) => [line.measure, line.points.map((point) => point.asOf.label)])).toEqual([
      ['planned_people', ['2016']],
      ['construction_done_people', ['2017-12', '2018-12']],
      ['moved_in_people', ['2020-03']],
    ]);
    expect(progress.yuan.map((line) => line.measure)).toEqual(['net_income_per_capita_yuan']);
  });

  it('never adds a province’s figures into the nation’s, nor one date’s into another’s', () => {
    const nation = progressOfArea(points, '100000', null).people.flatMap((line) => line.points.map((point) => point.value));
    expect(nation).toEqual([9_810_000, 5_890_000, 8_700_000, 9_470_000]);
    const shanxi = progressOfArea(points, '140000', null).people.flatMap((line) => line.points.map((point) => point.value));
    expect(shanxi).toEqual([313_000, 362_000]);
  });

  it('keeps the points of the period’s years', () => {
    const progress = progressOfArea(points, '100000', periodOf(2018, 2020));
    expect(progress.people.flatMap((line) => line.points.map((point) => point.asOf.label))).toEqual(['2018-12', '2020-03']);
  });

  it('lists the units the area states anything of, the one with most points first', () => {
    expect(unitsStated(progressOfArea(points, '100000', null))).toEqual(['people', 'yuan']);
    expect(unitsStated(progressOfArea(points, '140000', null))).toEqual(['people']);
    expect(unitsStated(progressOfArea(points, '100000', periodOf(2019, 2019)))).toEqual(['yuan']);
    expect(unitsStated(progressOfArea(points, '520000', null))).toEqual([]);
  });
});
