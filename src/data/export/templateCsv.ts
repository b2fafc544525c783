import { DATASETS, type DatasetId } from '../schema';
import { toCsv } from '../toCsv';

/** An empty file for a dataset with its headers in Chinese or English, with a BOM so Excel and WPS open it as UTF-8. */
export function templateCsv(datasetId: DatasetId, headers: 'zh' | 'en'): string {
  const columns = DATASETS[datasetId].columns.map((column) => (headers === 'zh' ? column.zh : column.key));
  return `\ufeff${toCsv(columns, [])}`;
}
