import type { DatasetId } from '../schema';
import type { ImportResult } from '../importTable';
import type { ImportRequest, ImportResponse } from './importMessages';

type Pending = { resolve: (result: ImportResult) => void; reject: (error: Error) => void; request: ImportRequest };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

// Without a worker (blocked, or crashed), the same pure function runs here; it is loaded only then.
async function importOnMainThread(request: ImportRequest): Promise<ImportResult> {
  const { importTable } = await import('../importTable');
  return importTable(request.datasetId, request.fileName, new Uint8Array(request.bytes));
}

function failOver(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  for (const [id, job] of pending) {
    pending.delete(id);
    importOnMainThread(job.request).then(job.resolve, job.reject);
  }
}

function startWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<ImportResponse>) => {
    const job = pending.get(event.data.id);
    if (!job) return;
    pending.delete(event.data.id);
    if (event.data.ok) job.resolve(event.data.result);
    else job.reject(new Error(event.data.error));
  };
  worker.onerror = failOver;
  worker.onmessageerror = failOver;
  return worker;
}

/**
 * Imports one file's bytes (decode → parse → validate → normalise) in a Web Worker, falling back to the main
 * thread when workers are unavailable or crash.
 */
export function importInWorker(datasetId: DatasetId, fileName: string, bytes: ArrayBuffer): Promise<ImportResult> {
  const request: ImportRequest = { id: nextId++, datasetId, fileName, bytes };
  const target = startWorker();
  if (!target) return importOnMainThread(request);
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject, request });
    // The worker gets a transferred copy, so the original stays readable for the main-thread fallback if it dies.
    const copy = bytes.slice(0);
    target.postMessage({ ...request, bytes: copy }, [copy]);
  });
}
