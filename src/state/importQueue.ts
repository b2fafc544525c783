import type { DatasetId } from '../data/schema';
import type { CountingChoices, ImportResult } from '../data/finishImport';
import type { ImportOutcome, ImportProgress } from '../data/importStream';
import type { ImportFailureInfo } from '../data/importFailure';
import type { ColumnMapping } from '../data/columnMapping';

type Question = Extract<ImportOutcome, { kind: 'needs-dataset' }>;
type Workbook = Extract<ImportOutcome, { kind: 'workbook' }>;
type SheetDatasets = Readonly<Record<string, DatasetId>>;

/** A file in the queue, with an id of its own: two files may share a name. */
export interface QueuedFile {
  id: number;
  file: File;
}

/** Where the import of the current file stands. Nothing on the page changes until a report is applied. */
export type ImportStep =
  | { kind: 'idle' }
  | {
      kind: 'reading';
      item: QueuedFile;
      datasetId: DatasetId | null;
      progress: ImportProgress | null;
      choices: CountingChoices;
      /** For a workbook, the datasets the analyst named for its sheets. */
      sheetDatasets?: SheetDatasets;
    }
  | { kind: 'question'; item: QueuedFile; question: Question }
  | { kind: 'report'; item: QueuedFile; result: ImportResult }
  /** A workbook's sheets, each reported, applied together or not at all. */
  | { kind: 'workbook'; item: QueuedFile; workbook: Workbook; sheetDatasets: SheetDatasets; choices: CountingChoices }
  | { kind: 'failed'; item: QueuedFile; failure: ImportFailureInfo };

export interface ImportQueueState {
  /** Files waiting their turn, several dropped or chosen at once. */
  waiting: readonly QueuedFile[];
  step: ImportStep;
  nextId: number;
}

export type ImportQueueAction =
  | { type: 'add-files'; files: readonly File[] }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ImportOutcome }
  | { type: 'failed'; failure: ImportFailureInfo }
  | { type: 'choose-dataset'; datasetId: DatasetId }
  /** Names the dataset of one sheet of the workbook in the report; the workbook is read again. */
  | { type: 'choose-sheet-dataset'; sheet: string; datasetId: DatasetId }
  /** Reads the reported file again, counted another way (its reading, its conflicts). */
  | { type: 'recount'; choices: CountingChoices }
  /** Reads the reported file (or workbook) again with the analyst's matches of headers to columns. */
  | { type: 'map-columns'; mapping: ColumnMapping }
  | { type: 'next' };

export const EMPTY_QUEUE: ImportQueueState = { waiting: [], step: { kind: 'idle' }, nextId: 1 };

function startNext(waiting: readonly QueuedFile[], nextId: number): ImportQueueState {
  const [item, ...rest] = waiting;
  return item ? { waiting: rest, step: { kind: 'reading', item, datasetId: null, progress: null, choices: {} }, nextId } : { ...EMPTY_QUEUE, nextId };
}

/** One file at a time: read it, ask which dataset it is if the header cannot tell, report, then the next. */
export function importQueueReducer(state: ImportQueueState, action: ImportQueueAction): ImportQueueState {
  switch (action.type) {
    case 'add-files': {
      const added = action.files.map((file, index) => ({ id: state.nextId + index, file }));
      const waiting = [...state.waiting, ...added];
      const nextId = state.nextId + added.length;
      return state.step.kind === 'idle' ? startNext(waiting, nextId) : { ...state, waiting, nextId };
    }
    case 'progress':
      return state.step.kind === 'reading' ? { ...state, step: { ...state.step, progress: action.progress } } : state;
    case 'outcome': {
      if (state.step.kind !== 'reading') return state;
      const { item } = state.step;
      const { outcome } = action;
      if (outcome.kind === 'workbook') {
        return { ...state, step: { kind: 'workbook', item, workbook: outcome, sheetDatasets: state.step.sheetDatasets ?? {}, choices: state.step.choices } };
      }
      return { ...state, step: outcome.kind === 'imported' ? { kind: 'report', item, result: outcome.result } : { kind: 'question', item, question: outcome } };
    }
    case 'choose-sheet-dataset': {
      if (state.step.kind !== 'workbook') return state;
      const { item, sheetDatasets, choices } = state.step;
      const chosen = { ...sheetDatasets, [action.sheet]: action.datasetId };
      return { ...state, step: { kind: 'reading', item, datasetId: null, progress: null, choices, sheetDatasets: chosen } };
    }
    case 'map-columns': {
      const { step } = state;
      // An empty mapping clears the analyst's matches; any other adds to them.
      const merge = (choices: CountingChoices) => ({
        ...choices,
        columnMapping: Object.keys(action.mapping).length === 0 ? {} : { ...choices.columnMapping, ...action.mapping },
      });
      if (step.kind === 'report') {
        const { item, result } = step;
        return { ...state, step: { kind: 'reading', item, datasetId: result.datasetId, progress: null, choices: merge(result.choices) } };
      }
      if (step.kind === 'workbook') {
        const { item, sheetDatasets, choices } = step;
        return { ...state, step: { kind: 'reading', item, datasetId: null, progress: null, choices: merge(choices), sheetDatasets } };
      }
      return state;
    }
    case 'failed':
      return state.step.kind === 'reading' ? { ...state, step: { kind: 'failed', item: state.step.item, failure: action.failure } } : state;
    case 'choose-dataset':
      return state.step.kind === 'question'
        ? { ...state, step: { kind: 'reading', item: state.step.item, datasetId: action.datasetId, progress: null, choices: {} } }
        : state;
    case 'recount': {
      if (state.step.kind !== 'report') return state;
      const { item, result } = state.step;
      return { ...state, step: { kind: 'reading', item, datasetId: result.datasetId, progress: null, choices: { ...result.choices, ...action.choices } } };
    }
    case 'next':
      return startNext(state.waiting, state.nextId);
  }
}
