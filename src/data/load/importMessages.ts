import type { DatasetId } from '../schema';
import type { ImportResult } from '../importTable';

/** Page → worker: one file's bytes, transferred rather than copied. */
export interface ImportRequest {
  id: number;
  datasetId: DatasetId;
  fileName: string;
  bytes: ArrayBuffer;
}

/** Worker → page: the import result, or why the import could not run at all. */
export type ImportResponse = { id: number; ok: true; result: ImportResult } | { id: number; ok: false; error: string };
