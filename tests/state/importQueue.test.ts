import { describe, expect, it } from 'vitest';
import { EMPTY_QUEUE, importQueueReducer, type ImportQueueAction, type ImportQueueState } from '../../src/state/importQueue';
import type { ImportOutcome } from '../../src/data/importStream';
import { importTable } from '../../src/data/importTable';
import { detectDataset } from '../../src/data/detectDataset';
import { utf8 } from '../support/encode';

const CSV = 'county_code,county,period,site,households,people\n140923,代县,2020,测试安置点甲,120,400\n';

function file(name: string): File {
  return new File([CSV], name, { type: 'text/csv' });
}

const A = file('a.csv');
const B = file('b.csv');
const C = file('c.csv');

const RESULT = importTable('sites', 'a.csv', utf8(CSV));
const IMPORTED: ImportOutcome = { kind: 'imported', result: RESULT };

const DETECTION = detectDataset(['county_code', 'county', 'period', 'site', 'households', 'people'], 'a.csv');
if (DETECTION.kind !== 'ambiguous') throw new Error('the test header must be ambiguous');
const QUESTION: Extract<ImportOutcome, { kind: 'needs-dataset' }> = {
  kind: 'needs-dataset',
  fileName: 'a.csv',
  encoding: 'utf-8',
  delimiter: ',',
  header: ['county_code', 'county', 'period', 'site', 'households', 'people'],
  detection: DETECTION,
};

const PROGRESS = { bytesRead: 64, totalBytes: 128, rowsRead: 1 };

function run(...actions: ImportQueueAction[]): ImportQueueState {
  return actions.reduce(importQueueReducer, EMPTY_QUEUE);
}

describe('importQueueReducer', () => {
  it('starts idle with nothing waiting', () => {
    expect(EMPTY_QUEUE).toEqual({ waiting: [], step: { kind: 'idle' } });
  });

  describe('add-files', () => {
    it('starts reading the first file, not yet knowing its dataset, and queues the rest in order', () => {
      expect(run({ type: 'add-files', files: [A, B, C] })).toEqual({
        waiting: [B, C],
        step: { kind: 'reading', file: A, datasetId: null, progress: null },
      });
    });

    it('queues files added while one is being read, behind those already waiting', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'add-files', files: [C] });
      expect(state.waiting).toEqual([B, C]);
      expect(state.step).toEqual({ kind: 'reading', file: A, datasetId: null, progress: null });
    });

    it('queues files added while a report is shown, without leaving the report', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED }, { type: 'add-files', files: [B] });
      expect([state.step.kind, state.waiting]).toEqual(['report', [B]]);
    });

    it('stays idle when no file is added', () => {
      expect(run({ type: 'add-files', files: [] })).toEqual(EMPTY_QUEUE);
    });
  });

  describe('progress', () => {
    it('is recorded while the file is being read', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'progress', progress: PROGRESS });
      expect(state.step).toEqual({ kind: 'reading', file: A, datasetId: null, progress: PROGRESS });
    });

    it('is ignored when nothing is being read (idle, a report, a question)', () => {
      expect(run({ type: 'progress', progress: PROGRESS })).toEqual(EMPTY_QUEUE);
      const report = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED });
      expect(importQueueReducer(report, { type: 'progress', progress: PROGRESS })).toBe(report);
      const question = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: QUESTION });
      expect(importQueueReducer(question, { type: 'progress', progress: PROGRESS })).toBe(question);
    });
  });

  describe('outcome', () => {
    it('shows the report of an imported file', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'outcome', outcome: IMPORTED });
      expect(state).toEqual({ waiting: [B], step: { kind: 'report', file: A, result: RESULT } });
    });

    it('asks which dataset it is when the header could not tell', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: QUESTION });
      expect(state.step).toEqual({ kind: 'question', file: A, question: QUESTION });
    });

    it('is ignored when nothing is being read (a late answer from a file the analyst moved past)', () => {
      expect(run({ type: 'outcome', outcome: IMPORTED })).toEqual(EMPTY_QUEUE);
      const report = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED });
      expect(importQueueReducer(report, { type: 'outcome', outcome: QUESTION })).toBe(report);
    });
  });

  describe('choose-dataset', () => {
    it('reads the file again with the dataset the analyst chose, progress starting over', () => {
      const state = run(
        { type: 'add-files', files: [A, B] },
        { type: 'progress', progress: PROGRESS },
        { type: 'outcome', outcome: QUESTION },
        { type: 'choose-dataset', datasetId: 'sites' },
      );
      expect(state).toEqual({ waiting: [B], step: { kind: 'reading', file: A, datasetId: 'sites', progress: null } });
    });

    it('then shows the report of that reading', () => {
      const state = run(
        { type: 'add-files', files: [A] },
        { type: 'outcome', outcome: QUESTION },
        { type: 'choose-dataset', datasetId: 'sites' },
        { type: 'outcome', outcome: IMPORTED },
      );
      expect(state.step).toEqual({ kind: 'report', file: A, result: RESULT });
    });

    it('is ignored unless a question was asked', () => {
      const reading = run({ type: 'add-files', files: [A] });
      expect(importQueueReducer(reading, { type: 'choose-dataset', datasetId: 'sites' })).toBe(reading);
      expect(run({ type: 'choose-dataset', datasetId: 'sites' })).toEqual(EMPTY_QUEUE);
    });
  });

  describe('failed', () => {
    it('says which file failed and why', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'failed', message: 'read failed' });
      expect(state).toEqual({ waiting: [B], step: { kind: 'failed', fileName: 'a.csv', message: 'read failed' } });
    });

    it('is ignored unless a file is being read', () => {
      const report = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED });
      expect(importQueueReducer(report, { type: 'failed', message: 'late' })).toBe(report);
    });
  });

  describe('next', () => {
    it('moves on to the next waiting file after a report', () => {
      const state = run({ type: 'add-files', files: [A, B, C] }, { type: 'outcome', outcome: IMPORTED }, { type: 'next' });
      expect(state).toEqual({ waiting: [C], step: { kind: 'reading', file: B, datasetId: null, progress: null } });
    });

    it('moves on after a failure or an unanswered question too', () => {
      expect(run({ type: 'add-files', files: [A, B] }, { type: 'failed', message: 'x' }, { type: 'next' }).step).toEqual({
        kind: 'reading',
        file: B,
        datasetId: null,
        progress: null,
      });
      expect(run({ type: 'add-files', files: [A, B] }, { type: 'outcome', outcome: QUESTION }, { type: 'next' }).step).toMatchObject({ kind: 'reading', file: B });
    });

    it('goes back to idle after the last file', () => {
      expect(run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED }, { type: 'next' })).toEqual(EMPTY_QUEUE);
    });

    it('reads every file in turn', () => {
      const names: string[] = [];
      let state = run({ type: 'add-files', files: [A, B, C] });
      while (state.step.kind === 'reading') {
        names.push(state.step.file.name);
        state = importQueueReducer(importQueueReducer(state, { type: 'outcome', outcome: IMPORTED }), { type: 'next' });
      }
      expect([names, state]).toEqual([['a.csv', 'b.csv', 'c.csv'], EMPTY_QUEUE]);
    });
  });
});
