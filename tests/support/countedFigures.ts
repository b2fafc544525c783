import { importStream, type StreamOptions } from '../../src/data/importStream';
import type { ImportResult } from '../../src/data/finishImport';
import { applyUpload, withUploads, type ApplyMode } from '../../src/data/uploads/applyUpload';
import type { StoredTables } from '../../src/data/store/uploadStore';
import type { DatasetId } from '../../src/data/schema';
import type { Dataset, Period } from '../../src/data/types';
import { filterDataset } from '../../src/data/aggregate/filterDataset';
import { latestSnapshots } from '../../src/data/aggregate/latestSnapshots';
import { summarise, summariseByCounty, type CountySummary, type FigureSummary } from '../../src/data/aggregate/summarise';

/** One file as an analyst uploads it: its text (UTF-8) or bytes, and how it is applied after the ones before it. */
export interface UploadedText {
  fileName: string;
  text: string | Uint8Array;
  datasetId: DatasetId;
  /** 'replace' for the first file unless said; 'append' after it. */
  mode?: ApplyMode;
  options?: Omit<StreamOptions, 'datasetId'>;
}

const EMPTY: Dataset = { relocation: [], sites: [], jobs: [], income: [], population: [] };

/** Imports one file through the one engine the page uses, failing the test when it asks which dataset it is. */
export async function importText(file: UploadedText): Promise<ImportResult> {
  const bytes = typeof file.text === 'string' ? new TextEncoder().encode(file.text) : file.text;
  const outcome = await importStream(new Blob([bytes as BlobPart]), file.fileName, { ...file.options, datasetId: file.datasetId });
  if (outcome.kind !== 'imported') throw new Error(`${file.fileName} was not imported: ${outcome.kind}`);
  return outcome.result;
}

/**
 * Uploads files in turn onto `shipped` (nothing, unless given) as the page applies them, and gives the data the
 * page then shows, with every import's result, so a test reads its figures back as the county table does.
 */
export async function uploadAll(files: readonly UploadedText[], shipped: Dataset = EMPTY, appliedAt = new Date('2026-12-04T00:00:00Z')) {
  const results: ImportResult[] = [];
  const stored: StoredTables = {};
  for (const [index, file] of files.entries()) {
    const result = await importText(file);
    results.push(result);
    const mode = file.mode ?? (index === 0 || !stored[file.datasetId] ? 'replace' : 'append');
    (stored as Record<string, unknown>)[file.datasetId] = applyUpload(result, mode, stored[file.datasetId] as never, appliedAt);
  }
  const { data, problems } = withUploads(shipped, stored);
  return { data, results, combineProblems: problems };
}

/** What the page's summaries give for `data` under a county and period filter (none: everything). */
export function figuresOf(data: Dataset, filters: { counties?: string[]; period?: Period | null } = {}): { overall: FigureSummary; byCounty: CountySummary[] } {
  const filtered = latestSnapshots(filterDataset(data, { counties: filters.counties ?? [], period: filters.period ?? null }));
  return { overall: summarise(filtered), byCounty: summariseByCounty(filtered) };
}

/** The overall figures after uploading `files`: the numbers the KPI cards and the county table's total show. */
export async function overallAfter(files: readonly UploadedText[], shipped: Dataset = EMPTY, period: Period | null = null): Promise<FigureSummary> {
  const { data } = await uploadAll(files, shipped);
  return figuresOf(data, { period }).overall;
}

export { EMPTY as EMPTY_DATASET };
