import type { DatasetSpec } from './types';
import { HOUSEHOLDS, PEOPLE, YUAN_PER_YEAR, placeAndPeriodColumns, provenanceColumns } from './common';

/** income.csv — income gains (带贫增收). A county's mean gain per household is weighted by households. */
export const incomeSpec: DatasetSpec = {
  id: 'income',
  fileName: 'income.csv',
  title: { zh: '带贫增收', en: 'Income gains' },
  columns: [
    ...placeAndPeriodColumns,
    { key: 'township', zh: '乡镇', en: 'Township', type: 'text', description: { zh: '乡镇（选填）', en: 'Township (optional)' } },
    { key: 'mechanism', zh: '带贫机制', en: 'Mechanism', type: 'text', required: true, description: { zh: '带贫增收机制', en: 'Mechanism that raises incomes' } },
    { key: 'villages', zh: '覆盖村数', type: 'count', unit: { zh: '个', en: 'villages' }, description: { zh: '覆盖村数', en: 'Villages covered' } },
    { key: 'households', zh: '受益户数', type: 'count', unit: HOUSEHOLDS, description: { zh: '受益户数', en: 'Households benefiting' } },
    { key: 'people', zh: '受益人数', type: 'count', unit: PEOPLE, description: { zh: '受益人数', en: 'People benefiting' } },
    {
      key: 'income_gain_per_household_yuan',
      notAdditive: true,
      zh: '户均增收（元/年）',
      en: 'Gain per household',
      type: 'amount',
      unit: YUAN_PER_YEAR,
      description: { zh: '每户每年增收', en: 'Income gain per household per year' },
    },
    {
      key: 'income_gain_per_capita_yuan',
      notAdditive: true,
      zh: '人均增收（元/年）',
      en: 'Gain per person',
      type: 'amount',
      unit: YUAN_PER_YEAR,
      description: { zh: '每人每年增收', en: 'Income gain per person per year' },
    },
    ...provenanceColumns,
  ],
  partsOfWholes: [{ part: 'households', whole: 'people', problem: 'people_fewer_than_households' }],
  labelColumns: ['township', 'mechanism'],
  levels: ['township', 'mechanism'],
};
