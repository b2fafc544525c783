import type { DatasetId } from '../schema';
import type { Dataset, RecordsByDataset } from '../types';
import type { ImportResult } from '../importTable';
import type { StoredTable, StoredTables } from '../store/uploadStore';

export type ApplyMode = 'replace' | 'append';

/**
 * The table an applied import leaves: `replace` puts the file's records in place of what the page showed;
 * `append` adds them after what the page showed (the shipped rows, or earlier uploads).
 */
export function applyUpload<Id extends DatasetId>(
  result: ImportResult<Id>,
  mode: ApplyMode,
  shown: readonly RecordsByDataset[Id][],
  previous: StoredTable<Id> | undefined,
  appliedAt: Date,
): StoredTable<Id> {
  const file = { fileName: result.fileName, appliedAt: appliedAt.toISOString(), rows: result.records.length };
  if (mode === 'replace') return { datasetId: result.datasetId, files: [file], records: [...result.records] };
  return { datasetId: result.datasetId, files: [...(previous?.files ?? []), file], records: [...shown, ...result.records] };
}

/** The data the page shows: each uploaded table in place of the shipped one. */
export function withUploads(shipped: Dataset, uploads: StoredTables): Dataset {
  return {
    relocation: uploads.relocation?.records ?? shipped.relocation,
    sites: uploads.sites?.records ?? shipped.sites,
    jobs: uploads.jobs?.records ?? shipped.jobs,
    income: uploads.income?.records ?? shipped.income,
  };
}
