import type { ColumnSpec, DatasetSpec } from './types';
import { HOUSEHOLDS, PEOPLE, placeAndPeriodColumns, provenanceColumns } from './common';

function countColumn(key: string, zh: string, unit: typeof PEOPLE | typeof HOUSEHOLDS, en: string, short?: string): ColumnSpec {
  return { key, zh, ...(short ? { en: short } : {}), type: 'count', unit, description: { zh, en } };
}

/** relocation.csv — relocated households and people (搬迁安置). */
export const relocationSpec: DatasetSpec = {
  id: 'relocation',
  fileName: 'relocation.csv',
  title: { zh: '搬迁安置', en: 'Relocated households and people' },
  columns: [
    ...placeAndPeriodColumns,
    { key: 'township', zh: '乡镇', type: 'text', description: { zh: '乡镇', en: 'Township' } },
    {
      key: 'village',
      zh: '村', en: 'Village',
      type: 'text',
      aliases: ['行政村', '自然村', '村名', '迁出村', '搬出村', '所在村'],
      description: { zh: '迁出的村（行政村或自然村）', en: 'Village the households moved from' },
    },
    { key: 'site', zh: '安置点', type: 'text', description: { zh: '安置点', en: 'Resettlement site' } },
    {
      key: 'household_id',
      zh: '户编号', en: 'Household no.',
      type: 'text',
      aliases: ['户号', '家庭编号', '户码'],
      description: {
        zh: '户编号（每户一行的明细表填写；同一乡镇、村内重复的户编号只计一次；每人一行时同户各行填同一编号）',
        en: 'Household number, in a file with one row per household (a number repeated within its township and village counts once; in a file with one row per person, each member’s row carries the household’s number)',
      },
    },
    countColumn('households', '搬迁户数', HOUSEHOLDS, 'Relocated households'),
    countColumn('people', '搬迁人数', PEOPLE, 'Relocated people'),
    countColumn('registered_poor_households', '建档立卡户数', HOUSEHOLDS, 'Registered-poor households relocated', 'Registered-poor households'),
    countColumn('registered_poor_people', '建档立卡人数', PEOPLE, 'Registered-poor people relocated', 'Registered-poor people'),
    countColumn('synchronous_households', '同步搬迁户数', HOUSEHOLDS, 'Households relocated alongside (not registered poor)', 'Households alongside'),
    countColumn('synchronous_people', '同步搬迁人数', PEOPLE, 'People relocated alongside (not registered poor)', 'People alongside'),
    countColumn('whole_village_households', '整体搬迁户数', HOUSEHOLDS, 'Households in whole-village relocation', 'Whole-village households'),
    countColumn('whole_village_people', '整体搬迁人数', PEOPLE, 'People in whole-village relocation', 'Whole-village people'),
    countColumn('scattered_households', '插花搬迁户数', HOUSEHOLDS, 'Households in scattered relocation', 'Scattered households'),
    countColumn('scattered_people', '插花搬迁人数', PEOPLE, 'People in scattered relocation', 'Scattered people'),
    {
      key: 'villages',
      zh: '搬迁自然村数', en: 'Villages moved whole',
      type: 'count',
      unit: { zh: '个', en: 'villages' },
      description: { zh: '整体搬迁的自然村数', en: 'Natural villages relocated as a whole' },
    },
    ...provenanceColumns,
  ],
  requireOneOf: [['households', 'people', 'registered_poor_households', 'registered_poor_people']],
  rosterColumn: 'household_id',
  partsOfWholes: [
    { part: 'households', whole: 'people', problem: 'people_fewer_than_households' },
    { part: 'registered_poor_households', whole: 'households' },
    { part: 'registered_poor_people', whole: 'people' },
    { part: 'synchronous_households', whole: 'households' },
    { part: 'synchronous_people', whole: 'people' },
    { part: 'whole_village_households', whole: 'households' },
    { part: 'whole_village_people', whole: 'people' },
    { part: 'scattered_households', whole: 'households' },
    { part: 'scattered_people', whole: 'people' },
  ],
  labelColumns: ['township', 'village', 'site', 'household_id'],
  levels: ['township', 'village', 'site', 'household_id'],
};
