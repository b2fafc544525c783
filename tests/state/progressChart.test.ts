import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/data/progress/readProgress';
import { deriveProgressChart } from '../../src/state/progressChart';
import { context } from '../charts/factories';
import { progressFile } from '../data/progress/progressLines';

const { points } = readProgress(
  progressFile(
    '100000,全国,2016,net_income_per_capita_yuan,4221,甲报,,',
    '100000,全国,2019,net_income_per_capita_yuan,9313,甲报,,',
    '100000,全国,2022,net_income_per_capita_yuan,13615,乙报,,',
    '140000,山西省,2019-01,moved_in_people,31.3万,丙报,,',
    '140000,山西省,2020-09,moved_in_people,36.2万,丁报,,',
    '140000,山西省,2021-12,employed_workers,17.04万,丙报,,',
  ),
);

describe('deriveProgressChart', () => {
  it('draws the chosen unit where the area has it over time, with the sources of its points once each', () => {
    const chart = deriveProgressChart(points, '140000', null, 'people', context('zh'));
    expect(chart?.unit).toBe('people');
    expect(chart?.sources).toEqual(['丙报', '丁报']);
    expect(chart?.period).toBe('2019-2021');
  });

  it('draws the unit the area states when the chosen one is not stated there', () => {
    const chart = deriveProgressChart(points, '100000', null, 'people', context('zh'));
    expect(chart?.unit).toBe('yuan');
    expect(chart?.units).toEqual(['yuan']);
    expect(chart?.spec.statement).toBeUndefined();
  });

  it('says a single stated point in words, with its measure and date, instead of one marker on a time axis', () => {
    const chart = deriveProgressChart(points, '140000', { from: 2021, to: 2022, label: '2021-2022' }, 'people', context('zh'));
    expect(chart?.spec.statement).toEqual({ area: '已就业劳动力（2021年12月）', value: '170,400' });
    expect(chart?.spec.table.rows).toHaveLength(1);
    const en = deriveProgressChart(points, '140000', { from: 2021, to: 2022, label: '2021-2022' }, 'people', context('en'));
    expect(en?.spec.statement?.area).toBe('Workers in jobs (2021-12)');
  });

  it('gives a single approximate point the source’s own wording', () => {
    const { points: approximate } = readProgress(progressFile('141124,临县,2020-01,moved_in_people,4.1万多,人民日报,,'));
    expect(deriveProgressChart(approximate, '141124', null, 'people', context('zh'))?.spec.statement?.area).toBe('已搬迁入住人数（2020年1月，原文“4.1万多”）');
  });

  it('is absent where the area states no progress', () => {
    expect(deriveProgressChart(points, '140923', null, 'people', context('zh'))).toBeNull();
  });
});
