import type { ImportResult } from '../finishImport';
import type { Problem } from '../types';
import { toCsv } from '../toCsv';

/**
 * The lines a file's import rejected, as CSV the analyst can fix and upload again: the file's own header
 * plus a line-number and a reason column, each line as it was written. `describe` words a problem in the
 * reader's language.
 */
export function rejectedLinesCsv(result: ImportResult, describe: (problem: Problem) => string, labels: RejectedLabels): string {
  const { header, rows } = rejectedLines(result, describe, labels);
  return `\ufeff${toCsv(header, rows)}`;
}

export interface RejectedLabels {
  line: string;
  reason: string;
}

/**
 * The rejected lines as a table, for the CSV and the workbook alike: a line-number column, the file's own header,
 * and a reason column; each line as it was written.
 */
export function rejectedLines(result: ImportResult, describe: (problem: Problem) => string, labels: RejectedLabels): { header: string[]; rows: (string | number)[][] } {
  // Errors about the header (a missing column) reject every line, so each line gives them as its reason too.
  const fileWide = result.problems.filter((problem) => problem.severity === 'error' && problem.code === 'missing_column').map(describe);
  const rows = result.rejected.map((row) => {
    const cells = result.header.map((_, index) => row.cells[index] ?? '');
    // Cells beyond the header's width (a line with too many fields) follow the reason, so none is lost.
    const extra = row.cells.slice(result.header.length);
    return [row.line, ...cells, [...fileWide, ...row.reasons.map(describe)].join('；'), ...extra];
  });
  return { header: [labels.line, ...result.header, labels.reason], rows };
}
