import type { ColumnSpec } from './types';

/** Columns every dataset starts with: where and when. */
export const placeAndPeriodColumns: readonly ColumnSpec[] = [
  {
    key: 'county_code',
    zh: '县级代码', en: 'County code',
    type: 'code',
    required: true,
    description: {
      zh: '行政区划代码（GB/T 2260，6位，按文本保存）：县级，或地市（如 140900）、省级（如 140000）；全国为 100000。上级的数字是其本身的合计，不与下级相加',
      en: 'Administrative code (GB/T 2260, 6 digits, kept as text): a county, or a prefecture (140900) or province (140000); 100000 is the whole country. A figure stated for a higher level is its own total, never added to its parts',
    },
  },
  { key: 'county', zh: '县', type: 'text', required: true, description: { zh: '县（市、区）名称', en: 'County name' } },
  {
    key: 'period',
    zh: '年份', en: 'Period',
    type: 'period',
    required: true,
    description: { zh: '年份如 2019，或区间如 2016-2020', en: 'A year such as 2019, or a range such as 2016-2020' },
  },
];

/** Columns every dataset ends with: where the figures come from. */
export const provenanceColumns: readonly ColumnSpec[] = [
  { key: 'source', zh: '来源', en: 'Source', type: 'text', description: { zh: '出处：媒体、标题、日期', en: 'Source: outlet, title, date' } },
  {
    key: 'quote',
    zh: '原文',
    en: 'Quote',
    type: 'text',
    aliases: ['引文', '原文摘录'],
    description: { zh: '来源中写出这些数字的原句', en: 'The sentence of the source that states the figures' },
  },
  { key: 'note', zh: '备注', type: 'text', description: { zh: '备注', en: 'Note' } },
];

export const PEOPLE = { zh: '人', en: 'people' } as const;
export const HOUSEHOLDS = { zh: '户', en: 'households' } as const;
export const YUAN_PER_YEAR = { zh: '元/年', en: 'yuan per year' } as const;
export const MU = { zh: '亩', en: 'mu' } as const;
