/**
 * Starts the import worker from its own file, emitted beside the bundle (the normal build). The offline
 * single-file build swaps this module for worker-factory.inline.ts (a Vite alias in vite.config.ts).
 */
export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
