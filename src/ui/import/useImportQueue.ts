import { useCallback, useEffect, useReducer } from 'react';
import { importInWorker, ImportCancelled, type ImportJob } from '../../data/load/importInWorker';
import type { ColumnMapping } from '../../data/columnMapping';
import { sharedUploadStore } from './useUploads';
import { importFailureOf } from '../../data/importFailure';
import type { DatasetId } from '../../data/schema';
import type { CountingChoices } from '../../data/finishImport';
import { EMPTY_QUEUE, importQueueReducer, type ImportQueueState } from '../../state/importQueue';

export interface ImportQueue {
  state: ImportQueueState;
  addFiles: (files: readonly File[]) => void;
  chooseDataset: (datasetId: DatasetId) => void;
  /** Names the dataset of one sheet of a workbook, which is then read again. */
  chooseSheetDataset: (sheet: string, datasetId: DatasetId) => void;
  /** Matches headers to columns: remembered for the next file, and the reported file read again with them. */
  mapColumns: (mapping: ColumnMapping) => void;
  /** Forgets every remembered match, and reads the reported file again without them. */
  clearMappings: () => void;
  /** Reads the reported file again with other counting choices. */
  recount: (choices: CountingChoices) => void;
  /** Stops reading the current file, or drops its report, and moves to the next file. */
  next: () => void;
}

/** The remembered matches of header wordings to columns; none where the store cannot be read. */
function rememberedMappings(): Promise<ColumnMapping> {
  return sharedUploadStore()
    .then((store) => store.loadMappings())
    .catch(() => ({}));
}

/** Runs the import queue: each file in turn is read in the worker while the reducer tracks where it stands. */
export function useImportQueue(): ImportQueue {
  const [state, dispatch] = useReducer(importQueueReducer, EMPTY_QUEUE);
  const reading = state.step.kind === 'reading' ? state.step : null;

  useEffect(() => {
    if (!reading) return undefined;
    const { file } = reading.item;
    let cancelled = false;
    let job: ImportJob | null = null;
    // The matches the analyst made for earlier files apply to this one, under those made in its own report.
    void rememberedMappings().then((remembered) => {
      if (cancelled) return;
      const choices = { ...reading.choices, columnMapping: { ...remembered, ...reading.choices.columnMapping } };
      job = importInWorker(file, file.name, reading.datasetId, (progress) => dispatch({ type: 'progress', progress }), choices, reading.sheetDatasets);
      job.outcome.then(
        (outcome) => dispatch({ type: 'outcome', outcome }),
        (error: unknown) => {
          if (!(error instanceof ImportCancelled)) dispatch({ type: 'failed', failure: importFailureOf(error) });
        },
      );
    });
    return () => {
      cancelled = true;
      job?.cancel();
    };
    // A new job starts only when a new file (or a new answer about its dataset) is being read, not on progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reading?.item, reading?.datasetId, reading?.choices, reading?.sheetDatasets]);

  return {
    state,
    addFiles: useCallback((files: readonly File[]) => dispatch({ type: 'add-files', files }), []),
    chooseDataset: useCallback((datasetId: DatasetId) => dispatch({ type: 'choose-dataset', datasetId }), []),
    chooseSheetDataset: useCallback((sheet: string, datasetId: DatasetId) => dispatch({ type: 'choose-sheet-dataset', sheet, datasetId }), []),
    mapColumns: useCallback((mapping: ColumnMapping) => {
      void sharedUploadStore()
        .then((store) => store.rememberMappings(mapping))
        .catch(() => undefined)
        .then(() => dispatch({ type: 'map-columns', mapping }));
    }, []),
    clearMappings: useCallback(() => {
      void sharedUploadStore()
        .then((store) => store.clearMappings())
        .catch(() => undefined)
        .then(() => dispatch({ type: 'map-columns', mapping: {} }));
    }, []),
    recount: useCallback((choices: CountingChoices) => dispatch({ type: 'recount', choices }), []),
    next: useCallback(() => dispatch({ type: 'next' }), []),
  };
}
