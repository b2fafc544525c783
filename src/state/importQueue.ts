import type { DatasetId } from '../data/schema';
import type { ImportResult } from '../data/importTable';
import type { ImportOutcome, ImportProgress } from '../data/importStream';

type Question = Extract<ImportOutcome, { kind: 'needs-dataset' }>;

/** Where the import of the current file stands. Nothing on the page changes until a report is applied. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'reading'; file: File; datasetId: DatasetId | null; progress: ImportProgress | null }
  | { kind: 'question'; file: File; question: Question }
  | { kind: 'report'; file: File; result: ImportResult }
  | { kind: 'failed'; fileName: string; message: string };

export interface ImportQueueState {
  /** Files waiting their turn, several dropped or chosen at once. */
  waiting: readonly File[];
  step: ImportStep;
}

export type ImportQueueAction =
  | { type: 'add-files'; files: readonly File[] }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'outcome'; outcome: ImportOutcome }
  | { type: 'failed'; message: string }
  | { type: 'choose-dataset'; datasetId: DatasetId }
  | { type: 'next' };

export const EMPTY_QUEUE: ImportQueueState = { waiting: [], step: { kind: 'idle' } };

function startNext(waiting: readonly File[]): ImportQueueState {
  const [file, ...rest] = waiting;
  return file ? { waiting: rest, step: { kind: 'reading', file, datasetId: null, progress: null } } : EMPTY_QUEUE;
}

/** One file at a time: read it, ask which dataset it is if the header cannot tell, report, then the next. */
export function importQueueReducer(state: ImportQueueState, action: ImportQueueAction): ImportQueueState {
  switch (action.type) {
    case 'add-files': {
      const waiting = [...state.waiting, ...action.files];
      return state.step.kind === 'idle' ? startNext(waiting) : { ...state, waiting };
    }
    case 'progress':
      return state.step.kind === 'reading' ? { ...state, step: { ...state.step, progress: action.progress } } : state;
    case 'outcome': {
      if (state.step.kind !== 'reading') return state;
      const { file } = state.step;
      const { outcome } = action;
      return { ...state, step: outcome.kind === 'imported' ? { kind: 'report', file, result: outcome.result } : { kind: 'question', file, question: outcome } };
    }
    case 'failed':
      return state.step.kind === 'reading' ? { ...state, step: { kind: 'failed', fileName: state.step.file.name, message: action.message } } : state;
    case 'choose-dataset':
      return state.step.kind === 'question' ? { ...state, step: { kind: 'reading', file: state.step.file, datasetId: action.datasetId, progress: null } } : state;
    case 'next':
      return startNext(state.waiting);
  }
}
