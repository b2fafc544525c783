import { DATASET_IDS, type DatasetId } from '../schema';
import type { BaseRecord, Dataset } from '../types';

/** The distinct sources behind the data, each with the datasets it supports. */
export function sourcesOf(data: Dataset): { source: string; datasets: DatasetId[] }[] {
  const bySource = new Map<string, Set<DatasetId>>();
  for (const datasetId of DATASET_IDS) {
    for (const record of data[datasetId] as readonly BaseRecord[]) {
      if (!record.source) continue;
      const datasets = bySource.get(record.source) ?? new Set<DatasetId>();
      datasets.add(datasetId);
      bySource.set(record.source, datasets);
    }
  }
  return [...bySource].map(([source, datasets]) => ({ source, datasets: DATASET_IDS.filter((id) => datasets.has(id)) }));
}
