import { importBytes, type StreamOptions } from '../../src/data/importStream';
import type { ImportResult } from '../../src/data/finishImport';
import type { DatasetId } from '../../src/data/schema';

/** A file in memory imported by the one engine as the dataset named, as the page imports an upload whose dataset is said. */
export function importAs<Id extends DatasetId>(
  datasetId: Id,
  fileName: string,
  bytes: Uint8Array,
  options: Omit<StreamOptions, 'datasetId' | 'onProgress' | 'signal'> = {},
): ImportResult<Id> {
  const outcome = importBytes(bytes, fileName, { ...options, datasetId });
  // The dataset is named, so the engine never has to ask which it is.
  if (outcome.kind !== 'imported') throw new Error(`${fileName} was not imported: ${outcome.kind}`);
  return outcome.result as ImportResult<Id>;
}
