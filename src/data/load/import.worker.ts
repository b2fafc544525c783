/// <reference lib="webworker" />
import { importStream } from '../importStream';
import { importFailureOf } from '../importFailure';
import type { ImportRequest, ImportResponse } from './importMessages';

// Glue only: the same pure importer the tests call, run off the main thread.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, file, fileName, datasetId, choices, sheetDatasets } = event.data;
  const post = (response: ImportResponse) => self.postMessage(response);
  try {
    const outcome = await importStream(file, fileName, { ...choices, datasetId, sheetDatasets, onProgress: (progress) => post({ id, type: 'progress', progress }) });
    post({ id, type: 'done', outcome });
  } catch (error) {
    // A code and the error's own words: the page says it in its reader's language.
    post({ id, type: 'failed', ...importFailureOf(error) });
  }
};
