import type { ImportResult } from '../finishImport';
import type { Problem } from '../types';
import { cellAddress } from './cellAddress';

/**
 * Where a workbook's problem is, as Excel names it: the cell (`乡镇数据!D12`) when the problem has a column the
 * header placed, else the row (`乡镇数据!12:12`). Null for a CSV file, whose line and column say it all.
 */
export function problemCell(result: Pick<ImportResult, 'sheet' | 'columnIndex'>, problem: Pick<Problem, 'line' | 'column'>): string | null {
  if (result.sheet === undefined) return null;
  const column = problem.column === null ? undefined : result.columnIndex[problem.column];
  if (column !== undefined) return cellAddress(result.sheet, problem.line, column);
  const row = cellAddress(result.sheet, problem.line, 0);
  return `${row.slice(0, row.lastIndexOf('!') + 1)}${problem.line}:${problem.line}`;
}
