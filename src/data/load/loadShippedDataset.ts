import { DATASET_IDS, type DatasetId } from '../schema';
import type { Dataset } from '../types';
import type { ImportResult } from '../finishImport';
import { importInWorker } from './importInWorker';
import { ImportFailure } from '../importFailure';
import { SHIPPED_DATASETS, type ShippedDatasetId } from './shippedDatasets';

/** A shipped dataset as the page holds it: counted records, and each file's import account. */
export interface LoadedDataset {
  id: ShippedDatasetId;
  synthetic: boolean;
  data: Dataset;
  imports: Readonly<Record<DatasetId, ImportResult>>;
}

async function importShippedFile(datasetId: DatasetId, url: string): Promise<ImportResult> {
  const response = await fetch(url);
  if (!response.ok) throw new ImportFailure('shipped_missing', `${datasetId}.csv: HTTP ${response.status}`);
  const outcome = await importInWorker(await response.blob(), `${datasetId}.csv`, datasetId).outcome;
  // The dataset is named, so the importer never has to ask which it is.
  if (outcome.kind !== 'imported') throw new ImportFailure('shipped_unrecognised', `${datasetId}.csv`);
  return outcome.result;
}

/** Fetches a shipped dataset's CSVs and imports them through the same worker path as an upload. */
export async function loadShippedDataset(id: ShippedDatasetId): Promise<LoadedDataset> {
  const shipped = SHIPPED_DATASETS[id];
  const results = await Promise.all(DATASET_IDS.map((datasetId) => importShippedFile(datasetId, shipped.files[datasetId])));
  const imports = Object.fromEntries(results.map((result) => [result.datasetId, result])) as Record<DatasetId, ImportResult>;
  return {
    id,
    synthetic: shipped.synthetic,
    imports,
    data: {
      relocation: imports.relocation.records as Dataset['relocation'],
      sites: imports.sites.records as Dataset['sites'],
      jobs: imports.jobs.records as Dataset['jobs'],
      income: imports.income.records as Dataset['income'],
      population: imports.population.records as Dataset['population'],
    },
  };
}
