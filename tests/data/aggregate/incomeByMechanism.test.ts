import { describe, expect, it } from 'vitest';
import { incomeByMechanism } from '../../../src/data/aggregate/incomeByMechanism';
import { XINFU, income } from '../support/records';
import { daiCountyDataset } from '../support/daiCounty';

import { measure } from '../../support/figures';

describe('incomeByMechanism', () => {
  it('gives nothing for no records', () => {
    expect(incomeByMechanism([])).toEqual([]);
  });

  it('weights the gain per household by households across counties using the same mechanism', () => {
    const records = [
      income({ mechanism: '务工', households: 100, income_gain_per_household_yuan: 1000, people: 200, income_gain_per_capita_yuan: 500 }),
      income({ ...XINFU, mechanism: '务工', households: 300, income_gain_per_household_yuan: 2000, people: 600, income_gain_per_capita_yuan: 1000 }),
    ];
    expect(incomeByMechanism(records)).toEqual([
      {
        mechanism: '务工',
        households: measure(100 + 300, 2),
        income_gain_per_household_yuan: measure((100 * 1000 + 300 * 2000) / 400, 2),
        income_gain_per_capita_yuan: measure((200 * 500 + 600 * 1000) / 800, 2),
      },
    ]);
  });

  it('orders mechanisms by gain per household, largest first, those without one last', () => {
    const records = [
      income({ mechanism: '分红', households: 10, income_gain_per_household_yuan: 500 }),
      income({ mechanism: '无数据', households: 10 }),
      income({ mechanism: '务工', households: 10, income_gain_per_household_yuan: 3000 }),
    ];
    expect(incomeByMechanism(records).map((summary) => [summary.mechanism, summary.income_gain_per_household_yuan.value])).toEqual([
      ['务工', 3000],
      ['分红', 500],
      ['无数据', null],
    ]);
  });

  it("summarises Dai County's two mechanisms as the file states them", () => {
    const [park, workshops] = daiCountyDataset().income;
    expect(incomeByMechanism(daiCountyDataset().income)).toEqual([
      {
        mechanism: park?.mechanism,
        households: measure(567, 1),
        income_gain_per_household_yuan: measure(1871, 1),
        income_gain_per_capita_yuan: measure(null, 0, 1),
      },
      {
        mechanism: workshops?.mechanism,
        households: measure(null, 0, 1),
        income_gain_per_household_yuan: measure(null, 0, 0),
        income_gain_per_capita_yuan: measure(18000, 1),
      },
    ]);
  });
});
