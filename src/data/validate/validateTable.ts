import type { ColumnSpec, DatasetSpec } from '../schema';
import type { CellValue, Problem, ValidRow } from '../types';
import type { RawRow } from '../parseCsv';
import { matchHeaders, type HeaderMatch } from '../matchHeaders';
import { isDigitsAndJoiners, readCell } from './readCell';
import { checkRow } from './rowRules';
import { isSubtotalLabel } from './totalWording';
import { ProblemLog, type ProblemTally } from './problemLog';
import { createPlainRowReader } from './plainRows';
import { isNoFigure } from '../parseNumber';
import type { ScannedLine } from '../scan/byteRows';

/** A line that was not accepted, kept whole so the analyst can fix and re-upload it. */
export interface RejectedRow {
  line: number;
  cells: readonly string[];
  /** The errors that rejected it (none when the header already makes every row unusable). */
  reasons: readonly Problem[];
}

export interface ValidationResult {
  header: HeaderMatch;
  rowsRead: number;
  /** Data rows that passed every error check (warnings allowed). */
  accepted: ValidRow[];
  /** Subtotal rows (合计/小计…), read for checking but never counted. */
  subtotals: ValidRow[];
  rejected: RejectedRow[];
  /** The first problems in full (see ProblemLog); `tally` counts all of them. */
  problems: Problem[];
  tally: ProblemTally;
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

// Place and period may say 合计 on a subtotal row; its figures are still read so they can be checked.
const SUBTOTAL_LABELS = new Set(['county_code', 'county', 'period']);

/** What validating a row of this file needs, worked out once from its header rather than for every row. */
interface RowShape {
  columns: readonly ColumnSpec[];
  /** Each column's place in the row. */
  indexes: readonly number[];
  /** Each column's scale (10,000 for a header in 万). */
  scales: readonly (number | undefined)[];
  /** The columns whose 合计/小计 marks a subtotal row. */
  labelKeys: readonly string[];
}

function validateRow(
  spec: DatasetSpec,
  shape: RowShape,
  width: number,
  row: RawRow,
): { problems: Problem[]; subtotal: boolean; values: Record<string, CellValue> } {
  const columns = shape.columns;
  const raw: Record<string, string> = {};
  for (let index = 0; index < columns.length; index++) raw[columns[index]!.key] = row.cells[shape.indexes[index]!] ?? '';
  const subtotal = shape.labelKeys.some((key) => isSubtotalLabel(raw[key]));
  const problems: Problem[] = [];
  const fieldCount = fieldCountProblem(row, width);
  if (fieldCount) problems.push(fieldCount);

  const values: Record<string, CellValue> = {};
  const approximations: Problem[] = [];
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    const text = raw[column.key] ?? '';
    const reading = readCell(text, column, shape.scales[index]);
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

/**
 * Where the lines of a roster go instead of `accepted`, in the order they are read: adding them up as they come
 * (HouseholdRowFold) means no object is built for any of a million plain ones, which come by position in
 * `columns`; a row the full reading accepted comes by name.
 */
export interface HouseholdSink {
  addPlainHousehold(line: number, values: readonly CellValue[], columns: readonly ColumnSpec[]): void;
  /** Takes the household rows among `rows` and returns the others. */
  add(rows: readonly ValidRow[]): ValidRow[];
}

/** Validates rows as they arrive (a file read in chunks); `result` holds everything seen so far. */
export interface RowValidator {
  add(rows: readonly RawRow[]): void;
  /** Adds a line the byte scanner found, read plainly from its bytes when it can be (see PlainRowReader). */
  addScanned(line: ScannedLine): void;
  /** Adds problems about the file rather than a row (a skipped title row), or found after validating. */
  addProblems(problems: readonly Problem[]): void;
  readonly result: ValidationResult;
}

/**
 * Starts validating a table against a dataset's schema, given its header and the header's physical line (1
 * unless title rows or blank lines stand above it). Every problem names its physical line and column: a header
 * problem (an unknown or missing column) names the header's line. A row with any error is rejected whole, a row
 * with only warnings is accepted. Throws nothing for bad data. With required columns missing, every row is
 * rejected and the header says why.
 */
export function createRowValidator(
  spec: DatasetSpec,
  header: readonly string[],
  headerLine = 1,
  households: HouseholdSink | null = null,
  {
    plainPath = true,
    rosterColumns = 'all',
  }: {
    // Off only to prove, in a test, that the plain path changes nothing but speed.
    plainPath?: boolean;
    /**
     * Which lines go to `households`: every line, or those that fill one of these cells (the household number,
     * the head of household). The others wait in `accepted` until the file shows whether it is a roster at all
     * (an import template's 户编号 column left blank throughout is no roster).
     */
    rosterColumns?: 'all' | readonly number[];
  } = {},
): RowValidator {
  // In a roster a line is a household (or a person) whatever figures it leaves blank: no figure column is required.
  const rules: DatasetSpec = households ? { ...spec, requireOneOf: [] } : spec;
  const match = matchHeaders(header, rules);
  const log = new ProblemLog();
  const result: ValidationResult = { header: match, rowsRead: 0, accepted: [], subtotals: [], rejected: [], problems: log.kept, tally: log.tally };
  log.add(match.unknown.map(({ header: name }) => ({ line: headerLine, column: null, value: name, code: 'unknown_column', severity: 'warning' })));
  log.add(match.missing.map((key) => ({ line: headerLine, column: key, value: '', code: 'missing_column', severity: 'error' })));
  const unusable = match.missing.length > 0;
  const columns = rules.columns.filter((column) => match.indexOf.has(column.key));
  const shape: RowShape = {
    columns,
    indexes: columns.map((column) => match.indexOf.get(column.key) ?? -1),
    scales: columns.map((column) => match.scaleOf.get(column.key)),
    labelKeys: ['county', 'county_code', ...rules.labelColumns],
  };
  const readPlainRow = plainPath ? createPlainRowReader(rules, columns, shape.indexes, shape.scales, header.length) : null;
  const extrasOf = extrasReader(match);
  // In a roster every line goes to the sink as soon as it is read, whichever path read it, so lines keep their order.
  const marked = rosterColumns === 'all' ? null : rosterColumns;
  // A roster's line fills one of the marked cells; `textAt` gives a cell's text (undefined past the row's end).
  const fillsMarkedCell = (textAt: (index: number) => string | undefined) => {
    if (!households) return false;
    if (marked === null) return true;
    for (const index of marked) {
      const text = textAt(index);
      if (text !== undefined && fillsRosterCell(text)) return true;
    }
    return false;
  };
  const isRosterLine = (cells: readonly string[]) => fillsMarkedCell((index) => cells[index]);
  const isScannedRosterLine = (line: ScannedLine) => fillsMarkedCell((index) => (index < line.count ? line.cell(index).text : undefined));
  const accept = (row: ValidRow, cells: readonly string[]) => {
    if (households && isRosterLine(cells)) {
      households.add([row]);
      return;
    }
    const extras = extrasOf(cells);
    result.accepted.push(extras ? { ...row, extras } : row);
  };
  const validator: RowValidator = {
    result,
    addProblems: (problems) => log.addFound(problems),
    addScanned(line) {
      const plain = unusable || !readPlainRow ? null : readPlainRow.scanned(line);
      if (plain === null) return validator.add([line.rawRow()]);
      result.rowsRead++;
      if (households && isScannedRosterLine(line)) households.addPlainHousehold(line.line, plain, columns);
      else {
        const row = line.rawRow();
        accept({ line: row.line, values: valuesByName(columns, plain) }, row.cells);
      }
    },
    add(rows) {
      result.rowsRead += rows.length;
      for (const row of rows) {
        if (unusable) {
          result.rejected.push({ line: row.line, cells: row.cells, reasons: [] });
          continue;
        }
        const plain = readPlainRow ? readPlainRow(row) : null;
        if (plain !== null) {
          if (households && isRosterLine(row.cells)) households.addPlainHousehold(row.line, plain, columns);
          else accept({ line: row.line, values: valuesByName(columns, plain) }, row.cells);
          continue;
        }
        const { problems, subtotal, values } = validateRow(rules, shape, header.length, row);
        if (problems.length === 0) {
          if (subtotal) result.subtotals.push({ line: row.line, values });
          else accept({ line: row.line, values }, row.cells);
          continue;
        }
        const errors = problems.filter((problem) => problem.severity === 'error');
        log.add(problems, errors.length > 0);
        if (errors.length > 0) result.rejected.push({ line: row.line, cells: row.cells, reasons: errors });
        else if (subtotal) result.subtotals.push({ line: row.line, values });
        else accept(withApproximate({ line: row.line, values }, problems), row.cells);
      }
    },
  };
  return validator;
}

// The columns a line words as approximate travel with it, so a card can say its figure is one.
function withApproximate(row: ValidRow, problems: readonly Problem[]): ValidRow {
  const approximate = problems.flatMap((problem) => (problem.code === 'approximate_number' && problem.column !== null ? [problem.column] : []));
  return approximate.length > 0 ? { ...row, approximate } : row;
}

// A household number (or head of household) given: not blank, and not a mark of "none".
function fillsRosterCell(text: string): boolean {
  return isDigitsAndJoiners(text) || (text.trim() !== '' && !isNoFigure(text));
}

/**
 * Reads the cells of the columns the schema does not know (村民小组, 类别, 批次…): they tell two lines apart, so
 * each accepted line keeps the ones it fills. Null when it fills none.
 */
function extrasReader(match: HeaderMatch): (cells: readonly string[]) => Record<string, string> | undefined {
  const unknown = match.unknown;
  if (unknown.length === 0) return () => undefined;
  return (cells) => {
    let extras: Record<string, string> | undefined;
    for (const { index, header } of unknown) {
      const text = (cells[index] ?? '').trim();
      if (text === '' || isNoFigure(text)) continue;
      (extras ??= {})[header.trim()] = text;
    }
    return extras;
  };
}

function valuesByName(columns: readonly ColumnSpec[], plain: readonly CellValue[]): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (let index = 0; index < columns.length; index++) values[columns[index]!.key] = plain[index]!;
  return values;
}
