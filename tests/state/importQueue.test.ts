import { describe, expect, it } from 'vitest';
import { EMPTY_QUEUE, importQueueReducer, type ImportQueueAction, type ImportQueueState, type QueuedFile } from '../../src/state/importQueue';
import type { ImportOutcome } from '../../src/data/importStream';
import { detectDataset } from '../../src/data/detectDataset';
import { utf8 } from '../support/encode';
import { importAs } from '../support/importAs';

const CSV = 'county_code,county,period,site,households,people\n140923,代县,2020,测试安置点甲,120,400\n';

// Files compare by identity: the queue must hold the very file chosen, and toEqual alone sees two Files as equal.
expect.addEqualityTesters([(a, b) => (a instanceof File && b instanceof File ? a === b : undefined)]);

function file(name: string): File {
  return new File([CSV], name, { type: 'text/csv' });
}

const A = file('a.csv');
const B = file('b.csv');
const C = file('c.csv');

const RESULT = importAs('sites', 'a.csv', utf8(CSV));
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

/** A, B and C as the queue holds them after they are added together to an empty queue. */
const ITEM_A: QueuedFile = { id: 1, file: A };
const ITEM_B: QueuedFile = { id: 2, file: B };
const ITEM_C: QueuedFile = { id: 3, file: C };

describe('importQueueReducer', () => {
  it('starts idle with nothing waiting, the first file to get id 1', () => {
    expect(EMPTY_QUEUE).toEqual({ waiting: [], step: { kind: 'idle' }, nextId: 1 });
  });

  describe('add-files', () => {
    it('starts reading the first file, not yet knowing its dataset, and queues the rest in order, each with its own id', () => {
      expect(run({ type: 'add-files', files: [A, B, C] })).toEqual({
        waiting: [ITEM_B, ITEM_C],
        step: { kind: 'reading', item: ITEM_A, datasetId: null, progress: null, choices: {} },
        nextId: 4,
      });
    });

    it('gives two files with the same name different ids', () => {
      const first = file('乡镇.csv');
      const second = file('乡镇.csv');
      expect(run({ type: 'add-files', files: [first, second] })).toEqual({
        waiting: [{ id: 2, file: second }],
        step: { kind: 'reading', item: { id: 1, file: first }, datasetId: null, progress: null, choices: {} },
        nextId: 3,
      });
    });

    it('gives the same file added twice two ids', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'add-files', files: [A] });
      expect([state.step, state.waiting]).toEqual([
        { kind: 'reading', item: { id: 1, file: A }, datasetId: null, progress: null, choices: {} },
        [{ id: 2, file: A }],
      ]);
    });

    it('queues files added while one is being read, behind those already waiting, numbering on', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'add-files', files: [C] });
      expect(state).toEqual({ waiting: [ITEM_B, ITEM_C], step: { kind: 'reading', item: ITEM_A, datasetId: null, progress: null, choices: {} }, nextId: 4 });
    });

    it('queues files added while a report is shown, without leaving the report', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED }, { type: 'add-files', files: [B] });
      expect([state.step, state.waiting, state.nextId]).toEqual([{ kind: 'report', item: ITEM_A, result: RESULT }, [ITEM_B], 3]);
    });

    it('never reuses an id, even after the queue has emptied', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'next' }, { type: 'next' }, { type: 'add-files', files: [C] });
      expect(state).toEqual({ waiting: [], step: { kind: 'reading', item: { id: 3, file: C }, datasetId: null, progress: null, choices: {} }, nextId: 4 });
    });

    it('stays idle when no file is added', () => {
      expect(run({ type: 'add-files', files: [] })).toEqual(EMPTY_QUEUE);
    });
  });

  describe('progress', () => {
    it('is recorded while the file is being read', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'progress', progress: PROGRESS });
      expect(state.step).toEqual({ kind: 'reading', item: ITEM_A, datasetId: null, progress: PROGRESS, choices: {} });
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
      expect(state).toEqual({ waiting: [ITEM_B], step: { kind: 'report', item: ITEM_A, result: RESULT }, nextId: 3 });
    });

    it('asks which dataset it is when the header could not tell', () => {
      const state = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: QUESTION });
      expect(state.step).toEqual({ kind: 'question', item: ITEM_A, question: QUESTION });
    });

    it('is ignored when nothing is being read (a late answer from a file the analyst moved past)', () => {
      expect(run({ type: 'outcome', outcome: IMPORTED })).toEqual(EMPTY_QUEUE);
      const report = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED });
      expect(importQueueReducer(report, { type: 'outcome', outcome: QUESTION })).toBe(report);
    });
  });

  describe('recount', () => {
    it('reads the reported file again as the dataset it was read as, with the new choices over those it was counted with', () => {
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'outcome', outcome: IMPORTED }, { type: 'recount', choices: { conflicts: 'first' } });
      expect(state).toEqual({
        waiting: [ITEM_B],
        step: {
          kind: 'reading',
          item: ITEM_A,
          datasetId: 'sites',
          progress: null,
          choices: { reading: 'auto', conflicts: 'first', quotes: 'as-written', columnMapping: {} },
        },
        nextId: 3,
      });
    });

    it('is ignored while a file is still being read', () => {
      const reading = run({ type: 'add-files', files: [A] });
      expect(importQueueReducer(reading, { type: 'recount', choices: { reading: 'totals' } })).toBe(reading);
    });
  });

  describe('choose-dataset', () => {
    it('reads the same item again with the dataset the analyst chose, progress starting over', () => {
      const state = run(
        { type: 'add-files', files: [A, B] },
        { type: 'progress', progress: PROGRESS },
        { type: 'outcome', outcome: QUESTION },
        { type: 'choose-dataset', datasetId: 'sites' },
      );
      expect(state).toEqual({ waiting: [ITEM_B], step: { kind: 'reading', item: ITEM_A, datasetId: 'sites', progress: null, choices: {} }, nextId: 3 });
    });

    it('then shows the report of that reading', () => {
      const state = run(
        { type: 'add-files', files: [A] },
        { type: 'outcome', outcome: QUESTION },
        { type: 'choose-dataset', datasetId: 'sites' },
        { type: 'outcome', outcome: IMPORTED },
      );
      expect(state.step).toEqual({ kind: 'report', item: ITEM_A, result: RESULT });
    });

    it('is ignored unless a question was asked', () => {
      const reading = run({ type: 'add-files', files: [A] });
      expect(importQueueReducer(reading, { type: 'choose-dataset', datasetId: 'sites' })).toBe(reading);
      expect(run({ type: 'choose-dataset', datasetId: 'sites' })).toEqual(EMPTY_QUEUE);
    });
  });

  describe('failed', () => {
    it('says which item failed and why', () => {
      const failure = { code: 'unreadable', detail: 'NotReadableError' } as const;
      const state = run({ type: 'add-files', files: [A, B] }, { type: 'failed', failure });
      expect(state).toEqual({ waiting: [ITEM_B], step: { kind: 'failed', item: ITEM_A, failure }, nextId: 3 });
    });

    it('is ignored unless a file is being read', () => {
      const report = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED });
      expect(importQueueReducer(report, { type: 'failed', failure: { code: 'failed', detail: 'late' } })).toBe(report);
    });
  });

  describe('next', () => {
    it('moves on to the next waiting item after a report', () => {
      const state = run({ type: 'add-files', files: [A, B, C] }, { type: 'outcome', outcome: IMPORTED }, { type: 'next' });
      expect(state).toEqual({ waiting: [ITEM_C], step: { kind: 'reading', item: ITEM_B, datasetId: null, progress: null, choices: {} }, nextId: 4 });
    });

    it('moves on after a failure or an unanswered question too', () => {
      const reading = { kind: 'reading', item: ITEM_B, datasetId: null, progress: null, choices: {} };
      expect(run({ type: 'add-files', files: [A, B] }, { type: 'failed', failure: { code: 'failed', detail: 'x' } }, { type: 'next' }).step).toEqual(reading);
      expect(run({ type: 'add-files', files: [A, B] }, { type: 'outcome', outcome: QUESTION }, { type: 'next' }).step).toEqual(reading);
    });

    it('goes back to idle after the last file, keeping the next id', () => {
      expect(run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: IMPORTED }, { type: 'next' })).toEqual({ ...EMPTY_QUEUE, nextId: 2 });
    });

    it('reads every item in turn', () => {
      const read: QueuedFile[] = [];
      let state = run({ type: 'add-files', files: [A, B, C] });
      while (state.step.kind === 'reading') {
        read.push(state.step.item);
        state = importQueueReducer(importQueueReducer(state, { type: 'outcome', outcome: IMPORTED }), { type: 'next' });
      }
      expect([read, state]).toEqual([[ITEM_A, ITEM_B, ITEM_C], { waiting: [], step: { kind: 'idle' }, nextId: 4 }]);
    });
  });

  describe('matching columns', () => {
    it('reads the reported file again with the match added to the ones it was read with', () => {
      const reported = run(
        { type: 'add-files', files: [A] },
        { type: 'outcome', outcome: { kind: 'imported', result: { ...RESULT, choices: { ...RESULT.choices, columnMapping: { 户数合计: 'households' } } } } },
      );
      const state = importQueueReducer(reported, { type: 'map-columns', mapping: { 搬迁人口数: 'people' } });
      expect(state.step.kind === 'reading' && [state.step.datasetId, state.step.choices.columnMapping]).toEqual([
        'sites',
        { 户数合计: 'households', 搬迁人口数: 'people' },
      ]);
    });

    it('reads it again with no match at all once the matches are cleared', () => {
      const reported = run(
        { type: 'add-files', files: [A] },
        { type: 'outcome', outcome: { kind: 'imported', result: { ...RESULT, choices: { ...RESULT.choices, columnMapping: { 户数合计: 'households' } } } } },
      );
      const state = importQueueReducer(reported, { type: 'map-columns', mapping: {} });
      expect(state.step.kind === 'reading' && state.step.choices.columnMapping).toEqual({});
    });

    it('reads a workbook again with its sheets’ datasets kept', () => {
      const workbook: ImportOutcome = { kind: 'workbook', fileName: 'a.xlsx', bytes: 10, sheets: [] };
      const shown = run({ type: 'add-files', files: [A] }, { type: 'outcome', outcome: workbook });
      const chosen = importQueueReducer(importQueueReducer(shown, { type: 'choose-sheet-dataset', sheet: '说明', datasetId: 'jobs' }), {
        type: 'outcome',
        outcome: workbook,
      });
      const state = importQueueReducer(chosen, { type: 'map-columns', mapping: { 搬迁人口数: 'people' } });
      expect(state.step.kind === 'reading' && [state.step.sheetDatasets, state.step.choices.columnMapping]).toEqual([
        { 说明: 'jobs' },
        { 搬迁人口数: 'people' },
      ]);
    });
  });
});
