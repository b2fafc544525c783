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

const NOT_DATA_ROWS = new Set(['subtotal_mismatch', 'skipped_title_row', 'unknown_column']);

export function summariseImport(result: ImportResult): ImportSummary {
  const rejected = new Set(result.rejected.map((row) => row.line));
  // Only warnings about data rows: not a 合计 row's check, a skipped title row or an unknown header.
  const aboutDataRows = (p: ImportResult['problems'][number]) => !NOT_DATA_ROWS.has(p.code);
  const warned = new Set(result.problems.filter((p) => p.severity === 'warning' && aboutDataRows(p) && !rejected.has(p.line)).map((p) => p.line));
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
