import { DATASET_IDS, type DatasetId } from '../schema';
import type { Dataset } from '../types';
import type { ImportResult } from '../finishImport';
import { importInWorker } from './importInWorker';
import { ImportFailure } from '../importFailure';
import { SHIPPED_DATASETS, type ShippedDatasetId } from './shippedDatasets';
import { readProgress, type ProgressReading } from '../progress/readProgress';

/** A shipped dataset as the page holds it: counted records, and each file's import account. */
export interface LoadedDataset {
  id: ShippedDatasetId;
  synthetic: boolean;
  data: Dataset;
  imports: Readonly<Record<DatasetId, ImportResult>>;
  /** Figures stated at several dates, and the lines of that file that could not be read. */
  progress: ProgressReading;
}

const NO_PROGRESS: ProgressReading = { points: [], problems: [], lines: 0 };

// A few dozen lines, read on the main thread: handing them to the worker would cost more than reading them.
async function loadProgress(url: string | undefined): Promise<ProgressReading> {
  if (url === undefined) return NO_PROGRESS;
  const response = await fetch(url);
  if (!response.ok) throw new ImportFailure('shipped_missing', `progress.csv: HTTP ${response.status}`);
  return readProgress(await response.text());
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
  const [results, progress] = await Promise.all([
    Promise.all(DATASET_IDS.map((datasetId) => importShippedFile(datasetId, shipped.files[datasetId]))),
    loadProgress(shipped.progress),
  ]);
  const imports = Object.fromEntries(results.map((result) => [result.datasetId, result])) as Record<DatasetId, ImportResult>;
  return {
    id,
    synthetic: shipped.synthetic,
    imports,
    progress,
    data: {
      relocation: imports.relocation.records as Dataset['relocation'],
      sites: imports.sites.records as Dataset['sites'],
      jobs: imports.jobs.records as Dataset['jobs'],
      income: imports.income.records as Dataset['income'],
      population: imports.population.records as Dataset['population'],
    },
  };
}
