import type { RawRow } from '../parseCsv';
import type { Problem } from '../types';
import { columnLetters, rangeText, type CellRange } from './cellAddress';
import type { SheetCell, WorkbookSheet } from './readXlsx';

/** A sheet as the import engine reads a file: its rows (line = the sheet's row number), and what the sheet said. */
export interface SheetRows {
  rows: RawRow[];
  notes: Problem[];
}

// A number merged down the side that names rather than counts: a year, or an administrative code (6, 9 or 12 digits).
function isLabelNumber(text: string): boolean {
  if (/^\d{4}$/.test(text)) return Number(text) >= 1949 && Number(text) <= 2100;
  return /^\d{6}(?:\d{3}|\d{6})?$/.test(text);
}

function note(line: number, code: Problem['code'], value: string, params: Problem['params']): Problem {
  return { line, column: null, value, code, severity: 'warning', params };
}

/**
 * Fills what a merge down the side means: a township (or county code, or year) merged over rows A3:A6 names each of
 * those rows, so its text goes into every row it covers. A figure merged over several rows is one figure the sheet
 * shows once: it stays on its first row, counted once, and the report says so. Across columns a merge keeps its
 * value in its first cell, as Excel's own CSV does (a title row is not repeated).
 */
function fillMerges(sheet: WorkbookSheet, notes: Problem[]): void {
  for (const range of sheet.merges) {
    if (range.bottom <= range.top) continue;
    const cell = sheet.rows.get(range.top)?.[range.left];
    if (!cell || cell.text === '') continue;
    const where = rangeText(range);
    if (cell.kind === 'number' && !isLabelNumber(cell.text)) {
      notes.push(note(range.top, 'merged_figure_once', cell.text, { range: where, rows: range.bottom - range.top + 1 }));
      continue;
    }
    fillDown(sheet, range, cell);
    notes.push(note(range.top, 'merged_cells_filled', cell.text, { range: where, rows: range.bottom - range.top + 1 }));
  }
}

// Only rows that hold something of their own take the merged value: a merge running over a blank spacer row does
// not make that row a line of the table.
function fillDown(sheet: WorkbookSheet, range: CellRange, cell: SheetCell): void {
  for (let row = range.top + 1; row <= range.bottom; row++) {
    const cells = sheet.rows.get(row);
    if (cells) cells[range.left] = cell;
  }
}

/**
 * A worksheet → the rows the import engine validates, each line its row number in the sheet (so 第 12 行 is row 12
 * in Excel). Empty rows carry nothing; hidden rows and columns are read like the others, and said. A formula Excel
 * saved without its value reads as blank, and is said too.
 */
export function sheetRows(sheet: WorkbookSheet): SheetRows {
  const notes: Problem[] = [];
  fillMerges(sheet, notes);
  const rows: RawRow[] = [];
  // A sheet row ends at its last cell with a value; as a table's line it has every column of the sheet's used range.
  let width = 0;
  for (const cells of sheet.rows.values()) width = Math.max(width, cells.length);
  for (const line of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const cells = sheet.rows.get(line) ?? [];
    const texts: string[] = [];
    for (let column = 0; column < width; column++) {
      const cell = cells[column];
      texts.push(cell?.text ?? '');
      if (cell?.uncached) notes.push(note(line, 'formula_uncached', '', { cell: `${columnLetters(column)}${line}` }));
    }
    if (texts.some((text) => text.trim() !== '')) rows.push({ line, cells: texts });
  }
  const firstLine = rows[0]?.line ?? 1;
  for (const line of sheet.hiddenRows) if (sheet.rows.has(line)) notes.push(note(line, 'hidden_row', '', {}));
  for (const column of sheet.hiddenColumns) {
    if (column < width && rows.some((row) => (row.cells[column] ?? '').trim() !== '')) notes.push(note(firstLine, 'hidden_column', '', { letters: columnLetters(column) }));
  }
  return { rows, notes: notes.sort((a, b) => a.line - b.line) };
}
