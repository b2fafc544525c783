import writeExcelFile, { type SheetData } from 'write-excel-file/universal';
import type { ImportResult } from '../finishImport';
import type { Problem } from '../types';
import { rejectedLines, type RejectedLabels } from './rejectedLinesCsv';
import { columnWidth, sheetName } from './tableXlsx';

/**
 * The rejected lines as a workbook to fix and upload again: every cell as text, exactly as it was written (a code
 * keeps its zeros, 1.2万 stays 1.2万), the line number as a number, the reason in a wide wrapped column.
 */
export function rejectedLinesXlsx(result: ImportResult, describe: (problem: Problem) => string, labels: RejectedLabels & { sheet: string }): Promise<Blob> {
  const { header, rows } = rejectedLines(result, describe, labels);
  const data: SheetData = [
    header.map((name) => ({ value: name, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? { value: cell, type: Number } : cell === '' ? null : { value: cell, type: String, format: '@' }))),
  ];
  const columns = header.map((name, index) => ({ width: columnWidth([name, ...rows.map((row) => row[index] ?? null)]) }));
  return writeExcelFile([{ data, sheet: sheetName(labels.sheet), columns, stickyRowsCount: 1 }]).toBlob();
}
