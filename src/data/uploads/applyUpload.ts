import type { DatasetId } from '../schema';
import { DATASET_IDS } from '../schema';
import type { Dataset, Problem, RecordsByDataset, RelocationRecord } from '../types';
import type { ImportResult } from '../finishImport';
import type { StoredTable, StoredTables, UploadedFile } from '../store/uploadStore';
import { countRecords } from '../count/countRecords';
import { coverRanges } from '../count/coverRanges';
import type { NotCountedLog } from '../count/notCounted';

export type ApplyMode = 'replace' | 'append';

/**
 * The uploaded table an applied import leaves. `replace` puts the file in place of what the table showed;
 * `append` adds it after what the table showed: earlier uploads, or the shipped rows, which are never copied
 * into the upload (they stay the shipped dataset's, synthetic or not) but marked as kept.
 */
export function applyUpload<Id extends DatasetId>(result: ImportResult<Id>, mode: ApplyMode, previous: StoredTable<Id> | undefined, appliedAt: Date): StoredTable<Id> {
  const file: UploadedFile = { fileName: result.fileName, appliedAt: appliedAt.toISOString(), rows: result.records.length, fingerprint: result.fingerprint };
  if (result.sheet !== undefined) file.sheet = result.sheet;
  if (result.columnMapping.length > 0) file.columnMapping = result.columnMapping;
  if (mode === 'replace') return { datasetId: result.datasetId, keepsShipped: false, files: [file], records: [...result.records] };
  return {
    datasetId: result.datasetId,
    keepsShipped: previous ? previous.keepsShipped : true,
    files: [...(previous?.files ?? []), file],
    records: [...(previous?.records ?? []), ...result.records],
  };
}

/**
 * A workbook's sheets applied together: the tables they leave, worked out one after another so that two sheets of
 * one dataset both stay (under `replace`, the first replaces what the table showed and the next is added to it).
 */
export function applyUploads(results: readonly ImportResult[], mode: ApplyMode, tables: StoredTables, appliedAt: Date): StoredTable[] {
  const after: Partial<Record<DatasetId, StoredTable>> = {};
  for (const result of results) {
    const previous = after[result.datasetId] ?? tables[result.datasetId];
    after[result.datasetId] = applyUpload(result, after[result.datasetId] ? 'append' : mode, previous, appliedAt);
  }
  return Object.values(after);
}

/** The file of `table` with the same bytes as the import's, if it was applied already: appending it again would count it twice. */
export function alreadyApplied(result: ImportResult, table: StoredTable | undefined): UploadedFile | null {
  return table?.files.find((file) => file.fingerprint === result.fingerprint) ?? null;
}

/**
 * Lines from several files counted as one table, by the same model as one file's: a fact repeated across files
 * counts once, a conflict is settled by the later file, a total in one file stands for its breakdown in another,
 * a range in one covers the years in another.
 */
function combineRows<Id extends DatasetId>(datasetId: Id, rows: readonly RecordsByDataset[Id][]): { records: RecordsByDataset[Id][]; problems: Problem[]; notCounted: NotCountedLog } {
  const counted = countRecords(datasetId, rows, 'later');
  return { records: counted.records, problems: counted.problems, notCounted: counted.notCounted };
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
      // Counted when imported; only which range covers a year is worked out again (its form has changed before).
      data[id] = id === 'relocation' ? coverRanges(upload.records as RelocationRecord[]).records : upload.records;
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
