import type { DatasetId } from '../schema';
import type { ImportOutcome, ImportProgress } from '../importStream';
import type { ImportRequest, ImportResponse } from './importMessages';

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

let workersUnavailable = false;
let nextId = 1;

// Without a worker (blocked, or crashed), the same importer runs here; it is loaded only then.
async function importOnMainThread(request: ImportRequest, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  const { importStream } = await import('../importStream');
  return importStream(request.file, request.fileName, { datasetId: request.datasetId, onProgress });
}

function createWorker(): Worker | null {
  if (workersUnavailable) return null;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workersUnavailable = true;
    return null;
  }
}

/**
 * Imports a file (decode → parse → validate → normalise, streamed chunk by chunk) in a Web Worker of its own,
 * reporting progress. Cancelling ends the worker at once. Where workers are unavailable, or the worker dies,
 * the same importer runs on the main thread instead.
 */
export function importInWorker(file: Blob, fileName: string, datasetId: DatasetId | null, onProgress: (progress: ImportProgress) => void = () => {}): ImportJob {
  const request: ImportRequest = { id: nextId++, file, fileName, datasetId };
  const worker = createWorker();
  if (!worker) {
    let cancelled = false;
    return {
      outcome: importOnMainThread(request, (progress) => !cancelled && onProgress(progress)).then((outcome) => {
        if (cancelled) throw new ImportCancelled();
        return outcome;
      }),
      cancel: () => {
        cancelled = true;
      },
    };
  }
  let settle: { reject: (error: Error) => void } | null = null;
  const outcome = new Promise<ImportOutcome>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      worker.terminate();
      if (message.type === 'done') resolve(message.outcome);
      else reject(new Error(message.error));
    };
    // A worker that fails to start or dies: the file is read again on the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      workersUnavailable = true;
      importOnMainThread(request, onProgress).then(resolve, reject);
    };
    worker.postMessage(request);
  });
  return {
    outcome,
    cancel: () => {
      worker.terminate();
      settle?.reject(new ImportCancelled());
    },
  };
}
