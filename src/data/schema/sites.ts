import type { DatasetSpec } from './types';
import { HOUSEHOLDS, MU, PEOPLE, placeAndPeriodColumns, provenanceColumns } from './common';

/** sites.csv — resettlement sites (安置点). Residents are not added to relocation totals: a site can house people from other programmes. */
export const sitesSpec: DatasetSpec = {
  id: 'sites',
  fileName: 'sites.csv',
  title: { zh: '安置点', en: 'Resettlement sites' },
  columns: [
    ...placeAndPeriodColumns,
    { key: 'township', zh: '乡镇', en: 'Township', type: 'text', description: { zh: '乡镇（选填）', en: 'Township (optional)' } },
    {
      key: 'site',
      zh: '安置点', en: 'Site',
      type: 'text',
      headerRequired: true,
      description: { zh: '安置点名称；留空的一行是该乡镇（或本县）的合计', en: 'Site name; a row that leaves it blank is the total of its township (or county)' },
    },
    {
      key: 'sites',
      zh: '安置点个数',
      en: 'Sites',
      type: 'count',
      unit: { zh: '个', en: 'sites' },
      aliases: ['集中安置点数', '安置区个数', '集中安置区个数'],
      description: { zh: '本行代表的安置点（区）个数；留空时一行为一个', en: 'How many sites the row stands for; one when blank' },
    },
    {
      key: 'housing_units',
      zh: '安置住房套数',
      en: 'Housing units',
      type: 'count',
      unit: { zh: '套', en: 'units' },
      aliases: ['安置房套数', '住房套数'],
      description: { zh: '建成的安置住房套数', en: 'Resettlement housing units built' },
    },
    { key: 'households', zh: '入住户数', type: 'count', unit: HOUSEHOLDS, description: { zh: '入住户数', en: 'Households living there' } },
    { key: 'people', zh: '入住人数', type: 'count', unit: PEOPLE, description: { zh: '入住人数', en: 'People living there' } },
    { key: 'area_mu', zh: '占地（亩）', type: 'amount', unit: MU, description: { zh: '占地面积', en: 'Land area' } },
    { key: 'opened', zh: '建成年份', type: 'year', description: { zh: '建成年份', en: 'Year completed' } },
    ...provenanceColumns,
  ],
  partsOfWholes: [{ part: 'households', whole: 'people', problem: 'people_fewer_than_households' }],
  labelColumns: ['township', 'site'],
  levels: ['township', 'site'],
};
