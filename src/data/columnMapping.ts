import { normaliseHeader } from './matchHeaders';
import type { RawRow } from './parseCsv';

/** The analyst's own matches of header wordings to the contract's columns: wording (normalised) → column key. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** One header the analyst matched, as the file wrote it, and the column it now counts as. */
export interface MappedColumn {
  header: string;
  column: string;
}

/** A column the contract does not know, with its first values, for the analyst to match. */
export interface UnmatchedColumn {
  index: number;
  header: string;
  values: string[];
}

/** How many first values of an unmatched column the report shows. */
const SAMPLE_VALUES = 3;

/**
 * The header with the analyst's matches applied: each cell whose wording the analyst matched reads as the
 * column's key, which every later step recognises. Nothing is guessed: a wording not in the mapping stays.
 */
export function applyColumnMapping(cells: readonly string[], mapping: ColumnMapping): { cells: string[]; mapped: MappedColumn[] } {
  const mapped: MappedColumn[] = [];
  const renamed = cells.map((cell) => {
    const column = mapping[normaliseHeader(cell)];
    if (column === undefined || cell.trim() === '') return cell;
    mapped.push({ header: cell, column });
    return column;
  });
  return { cells: renamed, mapped };
}

/** The first values under each unmatched header, from the rows read before validation began. */
export function unmatchedColumns(unknown: readonly { index: number; header: string }[], rows: readonly RawRow[]): UnmatchedColumn[] {
  return unknown.map(({ index, header }) => ({
    index,
    header,
    values: rows
      .map((row) => (row.cells[index] ?? '').trim())
      .filter((value) => value !== '')
      .slice(0, SAMPLE_VALUES),
  }));
}
