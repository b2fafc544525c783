import type { ColumnSpec, DatasetSpec } from '../schema';
import type { CellValue } from '../types';
import type { RawRow } from '../parseCsv';
import { isNoFigure, plainInteger } from '../parseNumber';
import { parsePeriod } from '../parsePeriod';
import { areaNameMatches, lookupArea } from '../adminDivisions';
import { memoiseText } from '../memoiseText';
import { hasNoEdgeSpace, isDigitsAndJoiners, isSixDigits } from './readCell';
import { UNREAD, type ScannedLine } from '../scan/byteRows';
import { isSubtotalLabel } from './totalWording';

/**
 * Reads a row on the plain path: its cells by column position, or null when the row needs the full reading. A
 * row comes as the text reader's cells, or as a line the byte scanner found (`scanned`).
 */
export interface PlainRowReader {
  (row: RawRow): readonly CellValue[] | null;
  scanned(line: ScannedLine): readonly CellValue[] | null;
}

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

// A county code and name pair is checked once: a file names a few hundred counties on a million rows. A
// code the national list lacks, or a name that does not agree with it, is a problem: the full reading says so.
// Kept by code, then name, so that no key is built for each row.
const agreementByCode = new Map<string, Map<string, boolean>>();

function countyNameAgrees(code: string, name: string): boolean {
  let byName = agreementByCode.get(code);
  if (byName === undefined) {
    if (agreementByCode.size > 10_000) agreementByCode.clear();
    agreementByCode.set(code, (byName = new Map<string, boolean>()));
  }
  let agrees = byName.get(name);
  if (agrees === undefined) {
    const division = lookupArea(code);
    agrees = division !== null && (name === '' || areaNameMatches(name, division));
    if (byName.size > 100) byName.clear();
    byName.set(name, agrees);
  }
  return agrees;
}

/**
 * The plain path through validation. Nearly every row of a large export is plain: the right number of cells,
 * nothing to trim, whole numbers written as digits, a known county whose name agrees, a year, no 合计, and
 * figures whose parts fit their wholes. Such a row can have no problem at all, so it is read without building
 * the objects the full reading builds to report one (a reading per cell, a row of raw texts, problem lists),
 * which was most of the cost of validating a million rows. Any row that is not plain, in any way, returns null
 * and takes the full reading, so both paths accept exactly the same rows with the same values (a test holds
 * them to it). The array returned is reused for the next row.
 */
export function createPlainRowReader(spec: DatasetSpec, columns: readonly ColumnSpec[], indexes: readonly number[], scales: readonly (number | undefined)[], width: number): PlainRowReader {
  const values: CellValue[] = columns.map(() => null);
  const labelKeys = new Set(['county', 'county_code', ...spec.labelColumns]);
  const position = new Map(columns.map((column, index) => [column.key, index]));
  const codeAt = position.get('county_code') ?? -1;
  const nameAt = position.get('county') ?? -1;
  const oneOfGroups = (spec.requireOneOf ?? []).map((group) => group.flatMap((key) => position.get(key) ?? [])).filter((group) => group.length > 0);
  const partsAndWholes = (spec.partsOfWholes ?? []).flatMap(({ part, whole }) => {
    const partAt = position.get(part);
    const wholeAt = position.get(whole);
    return partAt === undefined || wholeAt === undefined ? [] : [[partAt, wholeAt] as const];
  });
  // A column whose header counts in 万 scales its figures: those rows take the full reading, which rounds them.
  const plainColumns = columns.every((column, index) => (scales[index] ?? 1) === 1 || column.type === 'text');
  const enumReaders = columns.map((column) =>
    memoiseText((text: string) => {
      const wanted = text.normalize('NFKC').toLowerCase();
      return column.enumValues?.find((option) => option.code === wanted || option.label.zh === wanted)?.code ?? null;
    }),
  );

  function readCellPlainly(text: string, column: ColumnSpec, index: number): CellValue | undefined {
    if (text === '') return column.required ? undefined : null;
    switch (column.type) {
      case 'text':
        if (isDigitsAndJoiners(text)) return text;
        return hasNoEdgeSpace(text) && !isNoFigure(text) && !(labelKeys.has(column.key) && isSubtotalLabel(text)) ? text : undefined;
      case 'code':
        return isSixDigits(text) ? text : undefined;
      case 'period':
        return parsePeriod(text) ?? undefined;
      case 'enum':
        return enumReaders[index]!(text) ?? undefined;
      case 'count':
      case 'amount': {
        const number = plainInteger(text);
        return number < 0 ? undefined : number;
      }
      case 'year': {
        const year = plainInteger(text);
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
      }
    }
  }

  // A column of names, codes or years repeats a few hundred texts over a million rows: each is read once. A
  // roster's household numbers, all different, and figures, read as fast as they are looked up, are read each time.
  const readers = columns.map((column, index) => {
    const read = (text: string) => readCellPlainly(text, column, index);
    const repeats = column.key !== spec.rosterColumn && column.type !== 'count' && column.type !== 'amount';
    return repeats ? memoiseText(read) : read;
  });

  const isFigure = columns.map((column) => column.type === 'count' || column.type === 'amount' || column.type === 'year');

  // What makes a row plain beyond its cells: the county's code and name agree, a figure of each group is given,
  // and no part exceeds its whole.
  function rowIsPlain(): boolean {
    if (codeAt >= 0 && !countyNameAgrees(values[codeAt] as string, nameAt >= 0 ? ((values[nameAt] as string | null) ?? '') : '')) return false;
    for (const group of oneOfGroups) if (group.every((index) => values[index] === null)) return false;
    for (const [partAt, wholeAt] of partsAndWholes) {
      const part = values[partAt];
      const whole = values[wholeAt];
      if (typeof part === 'number' && typeof whole === 'number' && part > whole) return false;
    }
    return true;
  }

  // A figure written in plain digits is read from its bytes; any other cell by its text, once per distinct text.
  function readScannedCell(line: ScannedLine, index: number): CellValue | undefined {
    const at = indexes[index]!;
    const column = columns[index]!;
    if (isFigure[index]) {
      const number = line.digits(at);
      if (number === -2) return column.required ? undefined : null;
      if (number < 0) return undefined;
      return column.type === 'year' && (number < FIRST_YEAR || number > LAST_YEAR) ? undefined : number;
    }
    // What the plain reading made of the text is kept on its entry (undefined: not plain).
    const entry = line.cell(at);
    if (entry.reading === UNREAD) entry.reading = readCellPlainly(entry.text, column, index);
    return entry.reading as CellValue | undefined;
  }

  // The row's cells, each read by `readCell` from `source` (text cells, or a scanned line), if every one is plain.
  function plainValues<T>(source: T, count: number, readCell: (source: T, index: number) => CellValue | undefined): readonly CellValue[] | null {
    if (!plainColumns || count !== width) return null;
    for (let index = 0; index < columns.length; index++) {
      const value = readCell(source, index);
      if (value === undefined) return null;
      values[index] = value;
    }
    return rowIsPlain() ? values : null;
  }
  const readTextCell = (row: RawRow, index: number) => readers[index]!(row.cells[indexes[index]!] ?? '');

  const read = ((row: RawRow) => plainValues(row, row.cells.length, readTextCell)) as PlainRowReader;
  read.scanned = (line) => plainValues(line, line.count, readScannedCell);
  return read;
}
