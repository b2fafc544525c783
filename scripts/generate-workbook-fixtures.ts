/**
 * Writes the workbook fixtures of tests/fixtures/workbooks/ with a real workbook writer (ExcelJS), and beside each
 * data sheet the CSV an analyst would type for the same rows (merged names written on every row, formulas as the
 * values they show), line for line, so a test can compare the two imports. All figures are test data.
 *
 *   npx tsx scripts/generate-workbook-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

const OUT = new URL('../tests/fixtures/workbooks/', import.meta.url);

type Cell = string | number | Date | null | { formula: string; result: number | { error: string } } | { error: string } | { text: string };

interface SheetPlan {
  name: string;
  rows: Cell[][];
  merges: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Cells whose number format keeps a code as text. */
  textCells?: string[];
  dateFormat?: string;
}

// Row 1 is a title merged across the table; 代县 and 2019 are merged down the side, and each township over its
// villages. Row 5 shows #REF! where a formula lost its cell; row 6 is hidden; column I (a note) is hidden.
const RELOCATION: SheetPlan = {
  name: '乡镇搬迁',
  rows: [
    ['代县易地扶贫搬迁统计表（测试数据）', null, null, null, null, null, null, null, null],
    ['县级代码', '县', '年份', '乡镇', '村', '搬迁户数', '搬迁人数（人）', '建档立卡人数（人）', '备注'],
    [140923, '代县', 2019, '上馆镇', '测试村甲', 120, 380, 300, '测试数据'],
    [140923, null, null, null, '测试村乙', 150, { formula: 'F4*3+20', result: 470 }, 350, '测试数据'],
    [{ text: '140923' }, null, null, null, '测试村丙', 116, 350, { formula: '#REF!*1', result: { error: '#REF!' } }, '测试数据'],
    [140923, null, null, '峨口镇', '测试村丁', 80, 250, 190, '测试数据'],
    [140923, null, null, null, '测试村戊', 78, 247, 171, '测试数据'],
    [null, null, null, null, null, null, null, null, null],
    [
      '合计',
      null,
      null,
      null,
      null,
      { formula: 'SUM(F3:F7)', result: 544 },
      { formula: 'SUM(G3:G7)', result: 1697 },
      { formula: 'SUM(H3:H4,H6:H7)', result: 1011 },
      null,
    ],
  ],
  merges: ['A1:I1', 'B3:B7', 'C3:C7', 'D3:D5', 'D6:D7'],
  hiddenRows: [6],
  hiddenColumns: [9],
  textCells: ['A5'],
};

// Two sites share one plot of land: its area is merged over both rows, one figure shown once. Dates are dates.
const SITES: SheetPlan = {
  name: '安置点',
  rows: [
    ['县级代码', '县', '年份', '乡镇', '安置点', '安置住房套数', '入住户数', '入住人数', '占地（亩）', '建成年份'],
    [{ text: '140923' }, '代县', 2019, '上馆镇', '测试安置点甲', 200, 190, 600, 35.5, new Date(Date.UTC(2019, 9, 1))],
    [{ text: '140923' }, '代县', 2019, '上馆镇', '测试安置点乙', 120, 118, 372, null, new Date(Date.UTC(2019, 11, 20))],
    [{ text: '140923' }, '代县', 2019, '峨口镇', '测试安置点丙', 90, 88, 275, 12, 2020],
    [
      '合计',
      null,
      null,
      null,
      null,
      { formula: 'SUM(F2:F4)', result: 410 },
      { formula: 'SUM(G2:G4)', result: 396 },
      { formula: 'SUM(H2:H4)', result: 1247 },
      null,
      null,
    ],
  ],
  merges: ['I2:I3'],
  textCells: ['A2', 'A3', 'A4'],
  dateFormat: 'yyyy-mm-dd',
};

// Not a table of any dataset: the sheet a county office puts in front to say how the form is filled.
const NOTES: SheetPlan = {
  name: '填表说明',
  rows: [['填表说明（测试数据）'], ['1. 每个乡镇、村一行。'], ['2. 合计行由公式计算。']],
  merges: [],
};

function cellValue(cell: Cell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === 'object' && 'text' in cell && !(cell instanceof Date)) return cell.text;
  return cell as ExcelJS.CellValue;
}

function writeSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const sheet = workbook.addWorksheet(plan.name);
  plan.rows.forEach((row, index) => {
    row.forEach((cell, column) => {
      if (cell === null) return;
      const target = sheet.getCell(index + 1, column + 1);
      target.value = cellValue(cell);
      if (cell instanceof Date) target.numFmt = plan.dateFormat ?? 'yyyy-mm-dd';
    });
  });
  for (const address of plan.textCells ?? []) sheet.getCell(address).numFmt = '@';
  for (const range of plan.merges) sheet.mergeCells(range);
  for (const row of plan.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  for (const column of plan.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;
}

/** The rows as an analyst types them for a CSV: a merged name on every row it covers, a formula as its value. */
function csvOf(plan: SheetPlan): string {
  const filled = plan.rows.map((row) => row.map(csvCell));
  for (const range of plan.merges) {
    const [from = '', to = ''] = range.split(':');
    const [column, top, bottom] = [from.charCodeAt(0) - 65, Number(from.slice(1)), Number(to.slice(1))];
    const value = filled[top - 1]?.[column] ?? '';
    // A name (or code, or year) merged down names each row; a figure merged over rows is one figure, typed once.
    if (/^\d+(\.\d+)?$/.test(value) && !/^(\d{4}|\d{6})$/.test(value)) continue;
    for (let row = top + 1; row <= bottom; row++) filled[row - 1]![column] = value;
  }
  return filled.map((row) => row.map(quote).join(',')).join('\n') + '\n';
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') {
    if ('text' in cell) return cell.text;
    if ('error' in cell) return cell.error;
    return typeof cell.result === 'number' ? String(cell.result) : cell.result.error;
  }
  return String(cell);
}

function quote(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'relocation-dashboard test fixtures';
  // A fixed date keeps the bytes the same from one run to the next.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 11, 1));
  for (const plan of [NOTES, RELOCATION, SITES]) writeSheet(workbook, plan);
  writeFileSync(new URL('township-report.xlsx', OUT), Buffer.from(await workbook.xlsx.writeBuffer()));
  writeFileSync(new URL('township-report.relocation.csv', OUT), csvOf(RELOCATION));
  writeFileSync(new URL('township-report.sites.csv', OUT), csvOf(SITES));
  console.log('wrote tests/fixtures/workbooks/township-report.xlsx and its two CSVs');
}

await main();
