import { DATASET_IDS, type DatasetId } from '../data/schema';
import type { BaseRecord, Dataset } from '../data/types';

/**
 * Per dataset, the places whose own lines make up the area's figure when the area states none itself (the nation's
 * income gain is Dai County's, the one county the sources give it for), so a card never reads a part as the whole;
 * null where the area states the figure, where nothing is stated, or where the view is of a file's counties alone.
 */
export function figuresFrom(filtered: Dataset, area: string, aboveCounties: boolean): Record<DatasetId, string[] | null> {
  const from = (records: readonly BaseRecord[]): string[] | null => {
    if (!aboveCounties || records.length === 0 || records.some((record) => record.county_code === area)) return null;
    const names = new Map<string, string>();
    for (const record of records) if (!names.has(record.county_code)) names.set(record.county_code, record.county);
    return [...names].sort((a, b) => a[0].localeCompare(b[0])).map(([, name]) => name);
  };
  return Object.fromEntries(DATASET_IDS.map((id) => [id, from(filtered[id])])) as Record<DatasetId, string[] | null>;
}
