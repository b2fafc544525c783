import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbook, type SheetOutcome } from '../../../src/data/workbook/importWorkbook';
import type { ImportResult } from '../../../src/data/finishImport';
import type { Problem } from '../../../src/data/types';
import { describeProblem } from '../../../src/i18n/columnLabel';
import { importAs } from '../../support/importAs';
import { WORKBOOK_PROBLEM_CODES } from './workbookProblemCodes';

const FIXTURES = new URL('../../fixtures/workbooks/', import.meta.url);
const WORKBOOK = 'township-report.xlsx';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

function imported(outcome: SheetOutcome | undefined): ImportResult {
  if (outcome?.kind !== 'imported') throw new Error(`sheet ${outcome?.sheet ?? '?'} was not imported: ${outcome?.kind ?? 'missing'}`);
  return outcome.result;
}

const sheets = importWorkbook(fixture(WORKBOOK), WORKBOOK).sheets;
const sheet = (name: string) => sheets.find((outcome) => outcome.sheet === name);
const workbookOnly = (problem: Problem) => (WORKBOOK_PROBLEM_CODES as readonly string[]).includes(problem.code);
/** A record's figure by its column, whichever dataset the record is of. */
const field = (record: object, key: string): unknown => (record as Record<string, unknown>)[key];
const where = (problems: readonly Problem[]) => problems.map((problem) => [problem.line, problem.code, problem.params ?? {}]);

/** A workbook made in the test by ExcelJS, for the cases the fixture does not hold. */
async function workbookOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a workbook read sheet by sheet (scripts/generate-workbook-fixtures.ts)', () => {
  it('recognises each sheet by its header, in the workbook’s order, and asks about a sheet that is no table', () => {
    expect(sheets.map((outcome) => [outcome.sheet, outcome.kind, outcome.kind === 'imported' ? outcome.result.datasetId : null])).toEqual([
      ['填表说明', 'needs-dataset', null],
      ['乡镇搬迁', 'imported', 'relocation'],
      ['安置点', 'imported', 'sites'],
    ]);
  });

  it.each([
    ['乡镇搬迁', 'relocation', 'township-report.relocation.csv'],
    ['安置点', 'sites', 'township-report.sites.csv'],
  ] as const)('counts sheet %s as its CSV typed line for line: the same records, rejected lines and problems', (name, datasetId, csv) => {
    const fromSheet = imported(sheet(name));
    const fromCsv = importAs(datasetId, WORKBOOK, fixture(csv));
    expect(fromSheet.records).toEqual(fromCsv.records);
    expect(fromSheet.rejected.map((row) => row.line)).toEqual(fromCsv.rejected.map((row) => row.line));
    expect(fromSheet.problems.filter((problem) => !workbookOnly(problem))).toEqual(fromCsv.problems);
    expect(fromSheet.subtotalChecks).toEqual(fromCsv.subtotalChecks);
    expect(fromSheet.sheet).toBe(name);
  });

  it('gives a township merged down the side to each of its rows, and says which merges it filled', () => {
    const result = imported(sheet('乡镇搬迁'));
    expect(result.records.map((record) => [record.line, field(record, 'county'), field(record, 'township'), field(record, 'village')])).toEqual([
      [3, '代县', '上馆镇', '测试村甲'],
      [4, '代县', '上馆镇', '测试村乙'],
      [6, '代县', '峨口镇', '测试村丁'],
      [7, '代县', '峨口镇', '测试村戊'],
    ]);
    expect(where(result.problems.filter((problem) => problem.code === 'merged_cells_filled'))).toEqual([
      [3, 'merged_cells_filled', { range: 'B3:B7', rows: 5 }],
      [3, 'merged_cells_filled', { range: 'C3:C7', rows: 5 }],
      [3, 'merged_cells_filled', { range: 'D3:D5', rows: 3 }],
      [6, 'merged_cells_filled', { range: 'D6:D7', rows: 2 }],
    ]);
  });

  it('counts a figure merged over two rows once, on its first row, and says so', () => {
    const result = imported(sheet('安置点'));
    expect(result.records.map((record) => [record.line, field(record, 'area_mu')])).toEqual([
      [2, 35.5],
      [3, null],
      [4, 12],
    ]);
    expect(where(result.problems.filter(workbookOnly))).toEqual([[2, 'merged_figure_once', { range: 'I2:I3', rows: 2 }]]);
  });

  it('reads a formula by the value Excel saved, a code stored as a number or as text alike, and a date cell as its year', () => {
    const relocation = imported(sheet('乡镇搬迁'));
    expect(field(relocation.records.find((record) => record.line === 4) ?? {}, 'people')).toBe(470);
    expect(new Set(relocation.records.map((record) => field(record, 'county_code')))).toEqual(new Set(['140923']));
    const sites = imported(sheet('安置点'));
    expect(sites.records.map((record) => field(record, 'opened'))).toEqual([2019, 2019, 2020]);
  });

  it('rejects the line whose cell shows #REF!, naming the column, and checks the 合计 row against what was counted', () => {
    const result = imported(sheet('乡镇搬迁'));
    expect(result.rejected.map((row) => row.line)).toEqual([5]);
    expect(result.problems.filter((problem) => problem.code === 'spreadsheet_error').map((problem) => [problem.line, problem.column, problem.value])).toEqual([
      [5, 'registered_poor_people', '#REF!'],
    ]);
    // The total's 544 households include the rejected row's 116: the check says the counted rows come to 428.
    expect(result.problems.filter((problem) => problem.code === 'subtotal_mismatch').map((problem) => [problem.line, problem.column, problem.params])).toEqual([
      [9, 'households', { computed: 428 }],
      [9, 'people', { computed: 1347 }],
    ]);
    expect(result.notCounted.lines.map((line) => [line.line, line.reason])).toEqual([[9, 'total_by_wording']]);
  });

  it('reads hidden rows and columns like the others, and says they are hidden', () => {
    const result = imported(sheet('乡镇搬迁'));
    expect(field(result.records.find((record) => record.line === 6) ?? {}, 'households')).toBe(80);
    expect(result.records.every((record) => field(record, 'note') === '测试数据')).toBe(true);
    expect(where(result.problems.filter((problem) => problem.code === 'hidden_row' || problem.code === 'hidden_column'))).toEqual([
      [1, 'hidden_column', { letters: 'I' }],
      [6, 'hidden_row', {}],
    ]);
  });

  it('words each workbook problem in zh and en, naming the cell or range', () => {
    const problems = sheets.flatMap((outcome) => (outcome.kind === 'imported' ? outcome.result.problems.filter(workbookOnly).map((problem) => ({ problem, result: outcome.result })) : []));
    for (const { problem, result } of problems) {
      const zh = describeProblem(problem, result.datasetId, 'zh');
      const en = describeProblem(problem, result.datasetId, 'en');
      expect(zh).not.toBe(en);
      expect(zh).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      const named = String(problem.params?.['range'] ?? problem.params?.['letters'] ?? '');
      expect(en).toContain(named);
      expect(zh).toContain(named);
    }
  });

  it('reads a formula saved without its value as blank and says which cell; a hidden sheet is read and marked hidden', async () => {
    const bytes = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('明细', { state: 'hidden' });
      sheet.addRow(['county_code', 'county', 'period', 'households', 'people']);
      sheet.addRow(['140923', '代县', 2019, 10, 30]);
      sheet.getCell('E3').value = { formula: 'D3*3', date1904: false };
      sheet.getCell('A3').value = '140923';
      sheet.getCell('B3').value = '代县';
      sheet.getCell('C3').value = 2020;
      sheet.getCell('D3').value = 5;
    });
    const [outcome] = importWorkbook(bytes, 'uncached.xlsx').sheets;
    expect(outcome?.hidden).toBe(true);
    const result = imported(outcome);
    expect(result.records.map((record) => [record.line, field(record, 'households'), field(record, 'people')])).toEqual([
      [2, 10, 30],
      [3, 5, null],
    ]);
    expect(where(result.problems.filter(workbookOnly))).toEqual([[3, 'formula_uncached', { cell: 'E3' }]]);
  });

  it('keeps a code’s leading zeros and a large number’s digits, whatever the cell’s format shows', async () => {
    const bytes = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('Sheet1');
      sheet.addRow(['county_code', 'county', 'period', 'note', 'people']);
      sheet.addRow([140923, '代县', 2019, '0012', 120000]);
      sheet.getCell('E2').numFmt = '0.00E+00';
      sheet.getCell('D2').numFmt = '@';
    });
    const result = imported(importWorkbook(bytes, 'codes.xlsx').sheets[0]);
    expect(result.records.map((record) => [field(record, 'county_code'), field(record, 'note'), field(record, 'people')])).toEqual([['140923', '0012', 120000]]);
  });

  it('names the dataset of a sheet the analyst chose, and leaves an empty sheet out, said as empty', async () => {
    const bytes = await workbookOf((workbook) => {
      workbook.addWorksheet('空白');
      const sheet = workbook.addWorksheet('数据');
      sheet.addRow(['county_code', 'county', 'period', 'households', 'people']);
      sheet.addRow(['140923', '代县', 2019, 10, 30]);
    });
    const outcomes = importWorkbook(bytes, 'choose.xlsx', { sheetDatasets: { 数据: 'sites' } }).sheets;
    expect(outcomes.map((outcome) => [outcome.sheet, outcome.kind])).toEqual([
      ['空白', 'empty'],
      ['数据', 'imported'],
    ]);
    expect(imported(outcomes[1]).datasetId).toBe('sites');
  });

  it('does not make a line of a blank row a merge runs over', async () => {
    const bytes = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('乡镇');
      sheet.addRow(['county_code', 'county', 'period', 'township', 'people']);
      sheet.addRow(['140923', '代县', 2019, '上馆镇', 120]);
      sheet.addRow(['140923', '代县', 2020, null, 80]);
      sheet.mergeCells('D2:D4');
    });
    const result = imported(importWorkbook(bytes, 'spacer.xlsx').sheets[0]);
    expect(result.records.map((record) => [record.line, field(record, 'township')])).toEqual([
      [2, '上馆镇'],
      [3, '上馆镇'],
    ]);
    expect(result.problems.filter((problem) => problem.line === 4)).toEqual([]);
  });
});
