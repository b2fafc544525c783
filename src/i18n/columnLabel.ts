import { DATASETS, type DatasetId } from '../data/schema';
import type { Problem } from '../data/types';
import { translator, type Lang } from './translate';

/** A column's name for readers: its Chinese header, or its English description. */
export function columnLabel(datasetId: DatasetId, key: string, lang: Lang): string {
  const column = DATASETS[datasetId].columns.find((candidate) => candidate.key === key);
  if (!column) return key;
  return lang === 'zh' ? column.zh : `${column.description.en} (${column.key})`;
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
