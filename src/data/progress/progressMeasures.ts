import type { Bilingual } from '../schema/types';

/** What a progress figure is in: people (planned, housed, moved in…) or yuan per person a year. */
export type ProgressUnit = 'people' | 'yuan';

export interface ProgressMeasure {
  key: string;
  label: Bilingual;
  unit: ProgressUnit;
}

/**
 * The measures a progress line may state, each a stock at its date (people moved in by then) or a year's rate
 * (income per person): a figure at one date is never added to another's.
 */
export const PROGRESS_MEASURES: readonly ProgressMeasure[] = [
  { key: 'planned_people', label: { zh: '计划搬迁人数', en: 'People planned to move' }, unit: 'people' },
  { key: 'construction_done_people', label: { zh: '已完成搬迁建设人数', en: 'People whose new homes were built' }, unit: 'people' },
  { key: 'moved_in_people', label: { zh: '已搬迁入住人数', en: 'People moved in' }, unit: 'people' },
  { key: 'out_of_poverty_people', label: { zh: '已脱贫人数', en: 'People out of poverty' }, unit: 'people' },
  { key: 'employed_workers', label: { zh: '已就业劳动力', en: 'Workers in jobs' }, unit: 'people' },
  { key: 'net_income_per_capita_yuan', label: { zh: '人均纯收入', en: 'Net income per person' }, unit: 'yuan' },
];

export const PROGRESS_UNITS: readonly ProgressUnit[] = ['people', 'yuan'];

export function progressMeasure(key: string): ProgressMeasure | undefined {
  return PROGRESS_MEASURES.find((measure) => measure.key === key);
}
