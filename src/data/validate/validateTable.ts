import type { DatasetSpec } from '../schema';
import type { CellValue, Problem, ValidRow } from '../types';
import type { RawRow } from '../parseCsv';
import { matchHeaders, type HeaderMatch } from '../matchHeaders';
import { readCell } from './readCell';
import { checkRow } from './rowRules';
import { isSubtotalLabel } from './subtotalLabels';

/** A line that was not accepted, kept whole so the analyst can fix and re-upload it. */
export interface RejectedRow {
  line: number;
  cells: readonly string[];
}

export interface ValidationResult {
  header: HeaderMatch;
  rowsRead: number;
  /** Data rows that passed every error check (warnings allowed). */
  accepted: ValidRow[];
  /** Subtotal rows (合计/小计…), read for checking but never counted. */
  subtotals: ValidRow[];
  rejected: RejectedRow[];
  problems: Problem[];
}

// Excel pads short rows with empty cells; only cells that hold something count as "too many fields".
function fieldCountProblem(row: RawRow, width: number): Problem | null {
  if (row.cells.length < width) {
    return { line: row.line, column: null, value: row.cells.join(','), code: 'wrong_field_count', severity: 'error', params: { expected: width, found: row.cells.length } };
  }
  const extra = row.cells.slice(width).filter((cell) => cell.trim() !== '');
  if (extra.length > 0) {
    return { line: row.line, column: null, value: extra.join(','), code: 'wrong_field_count', severity: 'error', params: { expected: width, found: row.cells.length } };
  }
  return null;
}

function isSubtotalRow(spec: DatasetSpec, raw: Readonly<Record<string, string>>): boolean {
  return ['county', 'county_code', ...spec.labelColumns].some((key) => isSubtotalLabel(raw[key]));
}

// Place and period may say 合计 on a subtotal row; its figures are still read so they can be checked.
const SUBTOTAL_LABELS = new Set(['county_code', 'county', 'period']);

/**
 * Validates a parsed table against a dataset's schema. Every problem names its physical line and column;
 * a row with any error is rejected whole, a row with only warnings is accepted. Throws nothing for bad data.
 */
export function validateTable(spec: DatasetSpec, header: readonly string[], rows: readonly RawRow[]): ValidationResult {
  const match = matchHeaders(header, spec);
  const result: ValidationResult = { header: match, rowsRead: rows.length, accepted: [], subtotals: [], rejected: [], problems: [] };
  for (const { header: name } of match.unknown) {
    result.problems.push({ line: 1, column: null, value: name, code: 'unknown_column', severity: 'warning' });
  }
  if (match.missing.length > 0) {
    for (const key of match.missing) result.problems.push({ line: 1, column: key, value: '', code: 'missing_column', severity: 'error' });
    result.rejected.push(...rows.map((row) => ({ line: row.line, cells: row.cells })));
    return result;
  }

  const columns = spec.columns.filter((column) => match.indexOf.has(column.key));
  for (const row of rows) {
    const raw: Record<string, string> = {};
    for (const column of columns) raw[column.key] = row.cells[match.indexOf.get(column.key) ?? -1] ?? '';
    const subtotal = isSubtotalRow(spec, raw);
    const rowProblems: Problem[] = [];
    const fieldCount = fieldCountProblem(row, header.length);
    if (fieldCount) rowProblems.push(fieldCount);

    const values: Record<string, CellValue> = {};
    for (const declared of columns) {
      // A subtotal row states only what it sums: no default fills its blanks, and its labels may be blank.
      const column = subtotal ? { ...declared, defaultValue: undefined } : declared;
      const text = raw[column.key] ?? '';
      const reading = readCell(text, column, match.scaleOf.get(column.key));
      if (subtotal && SUBTOTAL_LABELS.has(column.key)) {
        values[column.key] = reading.ok ? reading.value : text.trim() || null;
        continue;
      }
      if (!reading.ok) {
        rowProblems.push({ line: row.line, column: column.key, value: text, code: reading.code, severity: 'error' });
        continue;
      }
      if (reading.value === null && column.required && !subtotal) {
        rowProblems.push({ line: row.line, column: column.key, value: text, code: 'missing_required', severity: 'error' });
      }
      values[column.key] = reading.value;
    }
    if (!rowProblems.some((problem) => problem.severity === 'error') && !subtotal) rowProblems.push(...checkRow(spec, row.line, values, raw));

    result.problems.push(...rowProblems);
    if (rowProblems.some((problem) => problem.severity === 'error')) result.rejected.push({ line: row.line, cells: row.cells });
    else (subtotal ? result.subtotals : result.accepted).push({ line: row.line, values });
  }
  return result;
}
