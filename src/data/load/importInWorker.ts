import type { DatasetId } from '../schema';
import type { ImportOutcome, ImportProgress } from '../importStream';
import type { ImportRequest, ImportResponse } from './importMessages';
import { createImportWorker } from './worker-factory';
import { ImportFailure } from '../importFailure';
import type { CountingChoices } from '../finishImport';

/** An import under way: its outcome, and a way to stop it. */
export interface ImportJob {
  outcome: Promise<ImportOutcome>;
  cancel: () => void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

// Set once a worker could not start: from then on every import runs on the main thread.
let workersUnavailable = false;
let nextId = 1;

// Without a worker (blocked, or unable to start), the same importer runs here; it is loaded only then.
async function importOnMainThread(request: ImportRequest, onProgress: (progress: ImportProgress) => void, signal: AbortSignal): Promise<ImportOutcome> {
  const { importStream } = await import('../importStream');
  return importStream(request.file, request.fileName, { ...request.choices, datasetId: request.datasetId, sheetDatasets: request.sheetDatasets, onProgress, signal });
}

/** The import on the main thread; cancelling aborts it before its next chunk is read. */
function mainThreadJob(request: ImportRequest, onProgress: (progress: ImportProgress) => void): ImportJob {
  const controller = new AbortController();
  const { signal } = controller;
  const outcome = importOnMainThread(request, (progress) => !signal.aborted && onProgress(progress), signal).then(
    (outcome) => {
      if (signal.aborted) throw new ImportCancelled();
      return outcome;
    },
    (error: unknown) => {
      throw signal.aborted ? new ImportCancelled() : error;
    },
  );
  return { outcome, cancel: () => controller.abort() };
}

function createWorker(): Worker | null {
  if (workersUnavailable) return null;
  try {
    return createImportWorker();
  } catch {
    workersUnavailable = true;
    return null;
  }
}

/** A worker's error event as a failure; one whose worker could not load its script carries no message at all. */
function workerCrashed(event: ErrorEvent): ImportFailure {
  return new ImportFailure('worker_crashed', typeof event.message === 'string' ? event.message : '');
}

/**
 * Imports a file (decode → parse → validate → normalise, streamed chunk by chunk) in a Web Worker of its own,
 * reporting progress. Cancelling ends the worker at once. Where workers are unavailable, or the worker fails
 * before it has said anything (it could not start), the same importer runs on the main thread instead, and from
 * then on every import does. A worker that fails once it has started fails the import, with a message.
 */
export function importInWorker(
  file: Blob,
  fileName: string,
  datasetId: DatasetId | null,
  onProgress: (progress: ImportProgress) => void = () => {},
  choices: CountingChoices = {},
  sheetDatasets: Readonly<Record<string, DatasetId>> = {},
): ImportJob {
  const request: ImportRequest = { id: nextId++, file, fileName, datasetId, choices, sheetDatasets };
  const worker = createWorker();
  if (!worker) return mainThreadJob(request, onProgress);

  let started = false;
  let settled = false;
  let fallback: ImportJob | null = null;
  let fail: (error: Error) => void = () => {};
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    const stop = () => {
      settled = true;
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
    };
    fail = (error) => {
      if (settled) return;
      stop();
      reject(error);
    };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      if (settled) return;
      started = true;
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      stop();
      if (message.type === 'done') resolve(message.outcome);
      else reject(new ImportFailure(message.code, message.detail));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (settled) return;
      if (started) return fail(workerCrashed(event));
      // The worker never said anything: it could not start (blocked, or module workers unsupported).
      stop();
      workersUnavailable = true;
      fallback = mainThreadJob(request, onProgress);
      fallback.outcome.then(resolve, reject);
    };
    worker.onmessageerror = () => fail(new ImportFailure('worker_message'));
    worker.postMessage(request);
  });
  return {
    outcome,
    cancel: () => {
      if (fallback) fallback.cancel();
      else fail(new ImportCancelled());
    },
  };
}
