/// <reference lib="webworker" />
import { importStream } from '../importStream';
import type { ImportRequest, ImportResponse } from './importMessages';

// Glue only: the same pure importer the tests call, run off the main thread.
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, file, fileName, datasetId } = event.data;
  const post = (response: ImportResponse) => self.postMessage(response);
  try {
    const outcome = await importStream(file, fileName, { datasetId, onProgress: (progress) => post({ id, type: 'progress', progress }) });
    post({ id, type: 'done', outcome });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    post({ id, type: 'failed', error: message.trim() || 'The import failed.' });
  }
};
