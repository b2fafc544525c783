import type { DatasetSpec, EnumValue } from './types';
import { MU, PEOPLE, placeAndPeriodColumns, provenanceColumns } from './common';

export const UNIT_TYPES: readonly EnumValue[] = [
  { code: 'industrial_park', label: { zh: '产业园区', en: 'Industrial park' } },
  { code: 'township_workshop', label: { zh: '扶贫车间', en: 'Township workshop' } },
  { code: 'family_workshop', label: { zh: '家庭作坊', en: 'Family workshop' } },
  { code: 'enterprise', label: { zh: '企业', en: 'Enterprise' } },
];

/** jobs.csv — industrial parks, workshops and enterprises (产业就业). */
export const jobsSpec: DatasetSpec = {
  id: 'jobs',
  fileName: 'jobs.csv',
  title: { zh: '产业就业', en: 'Parks, workshops and jobs' },
  columns: [
    ...placeAndPeriodColumns,
    { key: 'township', zh: '乡镇', en: 'Township', type: 'text', description: { zh: '乡镇（选填）', en: 'Township (optional)' } },
    {
      key: 'unit',
      zh: '单位名称', en: 'Unit',
      type: 'text',
      headerRequired: true,
      description: {
        zh: '园区、车间或企业名称；留空的一行是该类型在本县（或乡镇）的合计',
        en: 'Name of the park, workshop or enterprise; a row that leaves it blank is the total of its type in the county (or township)',
      },
    },
    {
      key: 'unit_type',
      zh: '类型', en: 'Type',
      type: 'enum',
      required: true,
      enumValues: UNIT_TYPES,
      description: {
        zh: 'industrial_park 产业园区 | township_workshop 扶贫车间 | family_workshop 家庭作坊 | enterprise 企业',
        en: 'industrial_park | township_workshop | family_workshop | enterprise (or the Chinese word)',
      },
    },
    {
      key: 'units',
      zh: '数量', en: 'Units',
      type: 'count',
      defaultValue: 1,
      unit: { zh: '个', en: 'units' },
      description: { zh: '本行代表的单位个数，默认为1', en: 'How many units the row stands for; 1 when blank' },
    },
    { key: 'enterprises', zh: '入驻企业数', en: 'Enterprises', type: 'count', unit: { zh: '家', en: 'enterprises' }, description: { zh: '入驻企业数', en: 'Enterprises located there' } },
    { key: 'jobs', zh: '就业岗位数', type: 'count', unit: { zh: '个', en: 'jobs' }, description: { zh: '就业岗位数', en: 'Jobs' } },
    { key: 'relocated_workers', zh: '搬迁群众就业人数', en: 'Relocated employed', type: 'count', unit: PEOPLE, description: { zh: '就业的搬迁群众人数', en: 'Relocated people employed' } },
    { key: 'poor_workers', zh: '带动贫困人口', type: 'count', unit: PEOPLE, description: { zh: '带动的贫困人口', en: 'Poor people reached' } },
    {
      key: 'avg_monthly_wage_yuan',
      notAdditive: true,
      zh: '月均工资（元）',
      type: 'amount',
      unit: { zh: '元/月', en: 'yuan per month' },
      description: { zh: '月均工资', en: 'Mean monthly wage' },
    },
    { key: 'area_mu', zh: '占地（亩）', type: 'amount', unit: MU, description: { zh: '占地面积', en: 'Land area' } },
    ...provenanceColumns,
  ],
  partsOfWholes: [{ part: 'relocated_workers', whole: 'jobs' }],
  labelColumns: ['township', 'unit'],
  levels: ['township', 'unit_type', 'unit'],
};
