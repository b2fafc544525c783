import type { ImportResult } from '../importTable';

/** The counts an import report leads with. */
export interface ImportSummary {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Lines accepted despite a warning. */
  rowsWithWarnings: number;
  subtotalRows: number;
  subtotalsAgree: boolean;
  errors: number;
  warnings: number;
}

export function summariseImport(result: ImportResult): ImportSummary {
  const rejected = new Set(result.rejected.map((row) => row.line));
  const warned = new Set(result.problems.filter((p) => p.severity === 'warning' && p.line > 1 && !rejected.has(p.line)).map((p) => p.line));
  return {
    rowsRead: result.rowsRead,
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rejected.length,
    rowsWithWarnings: warned.size,
    subtotalRows: new Set(result.subtotalChecks.map((check) => check.line)).size,
    subtotalsAgree: result.subtotalChecks.every((check) => check.agrees),
    errors: result.problems.filter((p) => p.severity === 'error').length,
    warnings: result.problems.filter((p) => p.severity === 'warning').length,
  };
}
