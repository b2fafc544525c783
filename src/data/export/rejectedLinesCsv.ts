import type { ImportResult } from '../importTable';
import type { Problem } from '../types';
import { toCsv } from '../toCsv';

/**
 * The lines a file's import rejected, as CSV the analyst can fix and upload again: the file's own header
 * plus a line-number and a reason column, each line as it was written. `describe` words a problem in the
 * reader's language.
 */
export function rejectedLinesCsv(result: ImportResult, describe: (problem: Problem) => string, labels: { line: string; reason: string }): string {
  const reasons = new Map<number, string[]>();
  for (const problem of result.problems) {
    if (problem.severity !== 'error') continue;
    reasons.set(problem.line, [...(reasons.get(problem.line) ?? []), describe(problem)]);
  }
  const fileWide = reasons.get(1) ?? [];
  const rows = result.rejected.map((row) => {
    const cells = result.header.map((_, index) => row.cells[index] ?? '');
    // Cells beyond the header's width (a line with too many fields) follow the reason, so none is lost.
    const extra = row.cells.slice(result.header.length);
    return [row.line, ...cells, [...fileWide, ...(reasons.get(row.line) ?? [])].join('；'), ...extra];
  });
  return `\ufeff${toCsv([labels.line, ...result.header, labels.reason], rows)}`;
}
