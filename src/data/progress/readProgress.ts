import { CsvRowReader } from '../parseCsv';
import { parseNumber } from '../parseNumber';
import { areaNameMatches, lookupArea } from '../adminDivisions';
import type { Bilingual } from '../schema/types';
import { progressMeasure } from './progressMeasures';

/** The date a figure is stated at: a year (2019, the year's figure or its end) or a month (2019-12). */
export interface AsOf {
  year: number;
  month: number | null;
  /** As the file writes it, canonical: `2019` or `2019-12`. */
  label: string;
}

/** One figure of a place at one date, as its source states it. */
export interface ProgressPoint {
  line: number;
  code: string;
  place: string;
  asOf: AsOf;
  measure: string;
  value: number;
  /** The cell as written (`约981万`), for the reader to see the source's own wording. */
  stated: string;
  approximate: boolean;
  source: string;
  quote: string;
  note: string;
}

/** A line that could not be read, and why: it is reported, never dropped silently. */
export interface ProgressProblem {
  line: number;
  column: string;
  reason: Bilingual;
}

export interface ProgressReading {
  points: ProgressPoint[];
  problems: ProgressProblem[];
  /** Lines read, whether or not they became a point. */
  lines: number;
}

export const PROGRESS_COLUMNS = ['county_code', 'county', 'as_of', 'measure', 'value', 'source', 'quote', 'note'] as const;
const REQUIRED = ['county_code', 'as_of', 'measure', 'value', 'source'] as const;

const AS_OF = /^(\d{4})(?:-(\d{2}))?$/;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function parseAsOf(text: string): AsOf | null {
  const match = AS_OF.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  if (year < FIRST_YEAR || year > LAST_YEAR || (month !== null && (month < 1 || month > 12))) return null;
  return { year, month, label: match[0] };
}

type Cells = Record<(typeof PROGRESS_COLUMNS)[number], string>;

function problem(line: number, column: string, zh: string, en: string): ProgressProblem {
  return { line, column, reason: { zh, en } };
}

// The first thing wrong with a line, or its point.
function pointOf(line: number, cells: Cells): ProgressPoint | ProgressProblem {
  for (const column of REQUIRED) {
    if (cells[column].trim() === '') return problem(line, column, `${column} 为空`, `${column} is blank`);
  }
  const code = cells.county_code.trim();
  const area = /^\d{6}$/.test(code) ? lookupArea(code) : null;
  if (!area) return problem(line, 'county_code', `“${code}”不是全国行政区划代码表中的代码`, `"${code}" is not a code of the national list of divisions`);
  const place = cells.county.trim();
  if (place !== '' && !areaNameMatches(place, area)) {
    return problem(line, 'county', `“${place}”与代码 ${code}（${area.name}）不符`, `"${place}" does not match code ${code} (${area.name})`);
  }
  const asOf = parseAsOf(cells.as_of);
  if (!asOf) return problem(line, 'as_of', `“${cells.as_of}”不是年份（2019）或年月（2019-12）`, `"${cells.as_of}" is not a year (2019) or a month (2019-12)`);
  const measure = cells.measure.trim();
  if (!progressMeasure(measure)) return problem(line, 'measure', `“${measure}”不是已知的进展指标`, `"${measure}" is not a known progress measure`);
  const number = parseNumber(cells.value);
  if (!number.ok || number.value === null || number.value < 0) {
    return problem(line, 'value', `“${cells.value}”不是一个非负数字`, `"${cells.value}" is not a figure of zero or more`);
  }
  return {
    line,
    code,
    place: place || area.name,
    asOf,
    measure,
    value: number.value,
    stated: cells.value.trim(),
    approximate: number.approximate === true,
    source: cells.source.trim(),
    quote: cells.quote.trim(),
    note: cells.note.trim(),
  };
}

/**
 * Reads a progress file (a place's figure for a measure at a date, a line each) into points, and every line it
 * cannot read into a problem naming the line, the column and why. Lines are kept as the file states them:
 * two sources' figures for one place, measure and date both stay, for the chart to show them side by side.
 */
export function readProgress(text: string): ProgressReading {
  const reader = new CsvRowReader(',');
  const rows = [...reader.push(text), ...reader.end()];
  const header = (reader.header ?? []).map((cell) => cell.trim().replace(/^\uFEFF/, ''));
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      points: [],
      problems: [problem(reader.headerLine, missing.join(', '), `表头缺少 ${missing.join('、')}`, `The header lacks ${missing.join(', ')}`)],
      lines: rows.length,
    };
  }
  const points: ProgressPoint[] = [];
  const problems: ProgressProblem[] = [];
  for (const row of rows) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const cells = Object.fromEntries(PROGRESS_COLUMNS.map((column) => [column, row.cells[header.indexOf(column)] ?? ''])) as Cells;
    const read = pointOf(row.line, cells);
    if ('reason' in read) problems.push(read);
    else points.push(read);
  }
  return { points, problems, lines: rows.length };
}
