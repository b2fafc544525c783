import type { DatasetId } from '../schema';
import { DATASETS, DATASET_IDS } from '../schema';
import type { Dataset, Problem, RecordsByDataset, RelocationRecord } from '../types';
import type { ImportResult } from '../importTable';
import type { StoredTable, StoredTables } from '../store/uploadStore';
import { dropDuplicateRows } from '../normalise/dropDuplicateRows';
import { resolveCountyTotals } from '../normalise/resolveCountyTotals';
import { markCoveredYears } from '../normalise/markCoveredYears';

export type ApplyMode = 'replace' | 'append';

/**
 * The uploaded table an applied import leaves. `replace` puts the file in place of what the table showed;
 * `append` adds it after what the table showed: earlier uploads, or the shipped rows, which are never copied
 * into the upload (they stay the shipped dataset's, synthetic or not) but marked as kept.
 */
export function applyUpload<Id extends DatasetId>(result: ImportResult<Id>, mode: ApplyMode, previous: StoredTable<Id> | undefined, appliedAt: Date): StoredTable<Id> {
  const file = { fileName: result.fileName, appliedAt: appliedAt.toISOString(), rows: result.records.length };
  if (mode === 'replace') return { datasetId: result.datasetId, keepsShipped: false, files: [file], records: [...result.records] };
  return {
    datasetId: result.datasetId,
    keepsShipped: previous ? previous.keepsShipped : true,
    files: [...(previous?.files ?? []), file],
    records: [...(previous?.records ?? []), ...result.records],
  };
}

/**
 * Rows from several sources counted as one table: a row repeated across files counts once, and in
 * relocation a county total and detail rows from different files are resolved as within one file.
 */
function combineRows<Id extends DatasetId>(datasetId: Id, rows: readonly RecordsByDataset[Id][]): { records: RecordsByDataset[Id][]; problems: Problem[] } {
  const unique = dropDuplicateRows(rows, DATASETS[datasetId].keyColumns);
  if (datasetId !== 'relocation') return { records: unique.kept, problems: unique.problems };
  const resolved = resolveCountyTotals(unique.kept as RelocationRecord[]);
  const covered = markCoveredYears(resolved.counted);
  return { records: covered.records as RecordsByDataset[Id][], problems: [...unique.problems, ...resolved.problems, ...covered.problems] };
}

/** What combining an appended table found, by table: repeats across files, totals that disagree. */
export type CombineProblems = Partial<Record<DatasetId, Problem[]>>;

/** The data the page shows: each uploaded table in place of the shipped one, or after it when appended. */
export function withUploads(shipped: Dataset, uploads: StoredTables): { data: Dataset; problems: CombineProblems } {
  const data = { ...shipped } as Record<DatasetId, unknown[]>;
  const problems: CombineProblems = {};
  for (const id of DATASET_IDS) {
    const upload = uploads[id];
    if (!upload) continue;
    if (!upload.keepsShipped && upload.files.length === 1) {
      data[id] = upload.records;
      continue;
    }
    const rows = [...(upload.keepsShipped ? shipped[id] : []), ...upload.records] as RecordsByDataset[typeof id][];
    const combined = combineRows(id, rows);
    data[id] = combined.records;
    if (combined.problems.length > 0) problems[id] = combined.problems;
  }
  return { data: data as unknown as Dataset, problems };
}

/** True while a table shows shipped rows: the demo's are synthetic, an analyst's own upload is not. */
export function showsShippedRows(datasetId: DatasetId, uploads: StoredTables): boolean {
  const upload = uploads[datasetId];
  return !upload || upload.keepsShipped;
}
