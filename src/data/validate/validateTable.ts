import type { ColumnSpec, DatasetSpec } from '../schema';
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

function validateRow(
  spec: DatasetSpec,
  match: HeaderMatch,
  columns: readonly ColumnSpec[],
  width: number,
  row: RawRow,
): { problems: Problem[]; subtotal: boolean; values: Record<string, CellValue> } {
  const raw: Record<string, string> = {};
  for (const column of columns) raw[column.key] = row.cells[match.indexOf.get(column.key) ?? -1] ?? '';
  const subtotal = isSubtotalRow(spec, raw);
  const problems: Problem[] = [];
  const fieldCount = fieldCountProblem(row, width);
  if (fieldCount) problems.push(fieldCount);

  const values: Record<string, CellValue> = {};
  const approximations: Problem[] = [];
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
      problems.push({ line: row.line, column: column.key, value: text, code: reading.code, severity: 'error' });
      continue;
    }
    if (reading.value === null && column.required && !subtotal) {
      problems.push({ line: row.line, column: column.key, value: text, code: 'missing_required', severity: 'error' });
    }
    if (reading.approximate && typeof reading.value === 'number' && !subtotal) {
      // 6000余人 or 约6000 is counted as 6000, but the reader is told it is not an exact figure.
      approximations.push({
        line: row.line,
        column: column.key,
        value: text.trim(),
        code: 'approximate_number',
        severity: 'warning',
        params: { number: reading.value },
      });
    }
    values[column.key] = reading.value;
  }
  if (!problems.some((problem) => problem.severity === 'error') && !subtotal) {
    const rowProblems = checkRow(spec, row.line, values, raw);
    problems.push(...rowProblems);
    // Only an accepted data row says what a figure is counted as: a rejected row counts nothing, a subtotal is only compared.
    if (!rowProblems.some((problem) => problem.severity === 'error')) problems.push(...approximations);
  }
  return { problems, subtotal, values };
}

/** Validates rows as they arrive (a file read in chunks); `result` holds everything seen so far. */
export interface RowValidator {
  add(rows: readonly RawRow[]): void;
  readonly result: ValidationResult;
}

/**
 * Starts validating a table against a dataset's schema, given its header and the header's physical line (1
 * unless title rows or blank lines stand above it). Every problem names its physical line and column: a header
 * problem (an unknown or missing column) names the header's line. A row with any error is rejected whole, a row
 * with only warnings is accepted. Throws nothing for bad data. With required columns missing, every row is
 * rejected and the header says why.
 */
export function createRowValidator(spec: DatasetSpec, header: readonly string[], headerLine = 1): RowValidator {
  const match = matchHeaders(header, spec);
  const result: ValidationResult = { header: match, rowsRead: 0, accepted: [], subtotals: [], rejected: [], problems: [] };
  for (const { header: name } of match.unknown) {
    result.problems.push({ line: headerLine, column: null, value: name, code: 'unknown_column', severity: 'warning' });
  }
  for (const key of match.missing) {
    result.problems.push({ line: headerLine, column: key, value: '', code: 'missing_column', severity: 'error' });
  }
  const unusable = match.missing.length > 0;
  const columns = spec.columns.filter((column) => match.indexOf.has(column.key));
  return {
    result,
    add(rows) {
      result.rowsRead += rows.length;
      for (const row of rows) {
        if (unusable) {
          result.rejected.push({ line: row.line, cells: row.cells });
          continue;
        }
        const { problems, subtotal, values } = validateRow(spec, match, columns, header.length, row);
        result.problems.push(...problems);
        if (problems.some((problem) => problem.severity === 'error')) result.rejected.push({ line: row.line, cells: row.cells });
        else (subtotal ? result.subtotals : result.accepted).push({ line: row.line, values });
      }
    },
  };
}

/** Validates a whole parsed table at once; `headerLine` is the header's physical line. */
export function validateTable(spec: DatasetSpec, header: readonly string[], rows: readonly RawRow[], headerLine = 1): ValidationResult {
  const validator = createRowValidator(spec, header, headerLine);
  validator.add(rows);
  return validator.result;
}
