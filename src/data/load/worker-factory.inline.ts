import InlineImportWorker from './import.worker.ts?worker&inline';

/**
 * Starts the import worker from code inlined in the bundle, so it runs from a single HTML file opened at a
 * file:// URL, where no separate worker file can be loaded. Used only by the offline build (`npm run build:offline`).
 */
export function createImportWorker(): Worker {
  return new InlineImportWorker();
}
