import type { ColumnSpec } from '../schema';
import type { CellValue, ProblemCode } from '../types';
import { isNoFigure, parseNumber, roundToMillionths } from '../parseNumber';
import { parsePeriod } from '../parsePeriod';

/**
 * A cell read by its column's type: its value, or the reason it cannot be read. `approximate` is present (and
 * true) when a figure is worded as an approximation (约6000, 6000余人): the value is the number it names.
 */
export type CellReading = { ok: true; value: CellValue; approximate?: true } | { ok: false; code: ProblemCode };

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

export function isSixDigits(text: string): boolean {
  if (text.length !== 6) return false;
  for (let i = 0; i < 6; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Administrative codes as spreadsheets mangle them: 6 digits, or the 9/12-digit statistical form ending in zeros. */
export function readCountyCode(text: string): string | null {
  if (isSixDigits(text)) return text;
  const digits = text.normalize('NFKC').replace(/\s/g, '').replace(/\.0+$/, '');
  if (/^\d{6}$/.test(digits)) return digits;
  if (/^\d{6}(?:000|000000)$/.test(digits)) return digits.slice(0, 6);
  return null;
}

function readNumber(text: string, column: ColumnSpec, scale: number): CellReading {
  const parsed = parseNumber(text);
  if (!parsed.ok) return { ok: false, code: 'not_a_number' };
  // Rounding to 6 decimals keeps 0.1871 万元 at 1871 yuan, not 1870.9999999999998.
  // (roundToMillionths leaves a figure past 9 × 10^9 unrounded: rounding it there would only add error.)
  const value = parsed.value === null ? null : scale === 1 ? parsed.value : roundToMillionths(parsed.value * scale);
  if (value === null) return { ok: true, value: null };
  if (value < 0) return { ok: false, code: 'negative_number' };
  if (column.type === 'count' && !Number.isInteger(value)) return { ok: false, code: 'fraction_in_count' };
  if (column.type === 'year' && !(Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR)) {
    return { ok: false, code: 'malformed_year' };
  }
  return parsed.approximate ? { ok: true, value, approximate: true } : { ok: true, value };
}

function readEnum(text: string, column: ColumnSpec): CellReading {
  const wanted = text.normalize('NFKC').toLowerCase();
  const match = column.enumValues?.find((option) => option.code === wanted || option.label.zh === wanted);
  return match ? { ok: true, value: match.code } : { ok: false, code: 'unknown_enum_value' };
}

// Characters String.prototype.trim removes beyond ASCII's: NBSP, the Unicode spaces, the ideographic space, BOM.
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True for a number of digits joined by - _ / or . (1401230001, 140923-0001): no mark of "no figure" (those have
 * no digit) and no word for a total, so a household number needs no further reading.
 */
export function isDigitsAndJoiners(text: string): boolean {
  let digits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits = true;
    else if (code !== 45 && code !== 95 && code !== 47 && code !== 46) return false;
  }
  return digits;
}

/** True when trim would leave the text as it is: most cells of a large file then skip trim's copy. */
export function hasNoEdgeSpace(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && last > 32 && !isWideSpace(first) && !isWideSpace(last);
}

// What Excel and WPS show in a cell whose formula failed; a CSV saved from such a sheet carries the same text.
const SPREADSHEET_ERRORS = new Set(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

function isSpreadsheetError(text: string): boolean {
  return SPREADSHEET_ERRORS.has(text.toUpperCase());
}

/**
 * Reads one raw cell according to its column. A blank cell is null (unknown) unless the column has a default.
 * `scale` multiplies a figure whose header counts in another unit (10,000 for （万元）).
 */
export function readCell(raw: string, column: ColumnSpec, scale = 1): CellReading {
  const text = hasNoEdgeSpace(raw) ? raw : raw.trim();
  if (text.charCodeAt(0) === 35 && isSpreadsheetError(text)) return { ok: false, code: 'spreadsheet_error' };
  if (text === '' && column.type !== 'count' && column.type !== 'amount') return { ok: true, value: null };
  switch (column.type) {
    case 'text':
      // A place left as — or 无 is a place not named: the row is then the total of the level above, as if blank.
      return { ok: true, value: isNoFigure(text) ? null : text };
    case 'code': {
      const code = readCountyCode(text);
      return code === null ? { ok: false, code: 'malformed_county_code' } : { ok: true, value: code };
    }
    case 'period': {
      const period = parsePeriod(text);
      return period === null ? { ok: false, code: 'malformed_period' } : { ok: true, value: period };
    }
    case 'enum':
      return readEnum(text, column);
    case 'count':
    case 'amount':
      return readNumber(text, column, scale);
    case 'year': {
      // A date where a year is asked (a workbook's date cell, 2019-10-01) gives its year.
      const date = /^(\d{4})-\d{2}-\d{2}$/.exec(text);
      return readNumber(date ? date[1]! : text, column, 1);
    }
  }
}
