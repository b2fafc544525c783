import { DATASETS, type DatasetId } from '../data/schema';
import type { Problem } from '../data/types';
import { translator, type Lang } from './translate';

/**
 * A column's name for readers: its Chinese header, or its English description with the header to look for.
 * `withoutUnit` gives the short name a table's header needs (the Chinese header without its bracketed unit, the
 * short English header), where the figure is shown with its unit beside it.
 */
export function columnLabel(datasetId: DatasetId, key: string, lang: Lang, { withoutUnit = false } = {}): string {
  const column = DATASETS[datasetId].columns.find((candidate) => candidate.key === key);
  if (!column) return key;
  if (lang === 'en') return withoutUnit ? (column.en ?? column.description.en) : `${column.description.en} (${column.key})`;
  return withoutUnit ? column.zh.replace(/（[^（）]*）$/, '') : column.zh;
}

/** A problem as a sentence in the reader's language, with column names as the reader knows them. */
export function describeProblem(problem: Problem, datasetId: DatasetId, lang: Lang): string {
  const t = translator(lang);
  const params: Record<string, string | number> = { ...problem.params, value: problem.value, line: problem.line };
  if (problem.column) params['column'] = columnLabel(datasetId, problem.column, lang);
  if (typeof params['whole'] === 'string') params['whole'] = columnLabel(datasetId, params['whole'], lang);
  if (problem.code === 'unknown_enum_value' && problem.column) {
    const options = DATASETS[datasetId].columns.find((column) => column.key === problem.column)?.enumValues ?? [];
    params['options'] = options.map((option) => `${option.code} ${option.label.zh}`).join(', ');
  }
  return t(`problem.${problem.code}`, params);
}
