import type { DatasetId } from '../schema';
import type { ImportOutcome, ImportProgress } from '../importStream';
import type { ImportFailureInfo } from '../importFailure';
import type { CountingChoices } from '../finishImport';

/** Page → worker: a file (a Blob is passed by reference, not copied), if known its dataset, and how to count it. */
export interface ImportRequest {
  id: number;
  file: Blob;
  fileName: string;
  datasetId: DatasetId | null;
  choices: CountingChoices;
  /** For a workbook, the datasets the analyst named for its sheets. */
  sheetDatasets?: Readonly<Record<string, DatasetId>>;
}

/** Worker → page: progress while reading, then the outcome, or why the import could not run at all. */
export type ImportResponse =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; outcome: ImportOutcome }
  | ({ id: number; type: 'failed' } & ImportFailureInfo);
