import type { ImportReport } from './ImportReport';

// The report is wanted only once a file is chosen: it loads while the file is read (ReadingStep starts it), not
// with the first paint (which has a 300 kB budget), nor only once the worker is done.
let reportModule: Promise<{ default: typeof ImportReport }> | null = null;

/** Loads the import report's chunk once; every later call gets the same promise. */
export const loadImportReport = () => (reportModule ??= import('./ImportReport').then((module) => ({ default: module.ImportReport })));
