/// <reference lib="webworker" />
import { importTable } from '../importTable';
import type { ImportRequest, ImportResponse } from './importMessages';

// Glue only: the same pure importTable the tests call, run off the main thread.
self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, datasetId, fileName, bytes } = event.data;
  let response: ImportResponse;
  try {
    response = { id, ok: true, result: importTable(datasetId, fileName, new Uint8Array(bytes)) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
