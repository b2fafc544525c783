import type { DatasetId } from '../schema';
import type { ImportOutcome, ImportProgress } from '../importStream';
import type { ImportFailureInfo } from '../importFailure';

/** Page → worker: a file (a Blob is passed by reference, not copied) and, if known, its dataset. */
export interface ImportRequest {
  id: number;
  file: Blob;
  fileName: string;
  datasetId: DatasetId | null;
}

/** Worker → page: progress while reading, then the outcome, or why the import could not run at all. */
export type ImportResponse =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; outcome: ImportOutcome }
  | ({ id: number; type: 'failed' } & ImportFailureInfo);
