import { DATASETS, type DatasetId } from '../schema';
import type { BaseRecord, Dataset } from '../types';
import { supersededSnapshots } from '../count/latestSnapshots';

function latestOf<T extends BaseRecord>(datasetId: DatasetId, records: readonly T[]): T[] {
  const superseded = supersededSnapshots(DATASETS[datasetId], records);
  return superseded.size === 0 ? [...records] : records.filter((record) => !superseded.has(record));
}

/**
 * Keeps, of the stocks (sites, parks and workshops, income mechanisms, populations), only the snapshot that stands
 * within what is shown (see supersededSnapshots), so figures are never added across snapshots. Relocation is a
 * flow (people moved in each year) and is left whole.
 */
export function latestSnapshots(data: Dataset): Dataset {
  return {
    relocation: data.relocation,
    sites: latestOf('sites', data.sites),
    jobs: latestOf('jobs', data.jobs),
    income: latestOf('income', data.income),
    population: latestOf('population', data.population),
  };
}
