import { DATASETS, DATASET_IDS, type DatasetId } from './schema';
import type { RawRow } from './parseCsv';
import type { Problem } from './types';
import { matchHeaders, type HeaderMatch } from './matchHeaders';
import { detectDataset, type DatasetDetection } from './detectDataset';
import { createRowValidator, type RowValidator } from './validate/validateTable';
import type { HouseholdRowFold } from './count/foldHouseholdRows';
import { readingFromHeader, type ReadingChoice, type ReadingDecision } from './count/chooseReading';
import { applyColumnMapping, unmatchedColumns, type ColumnMapping, type MappedColumn, type UnmatchedColumn } from './columnMapping';

/** How many rows below the first are searched for the real header, past the title rows Excel reports carry. */
export const HEADER_SEARCH_ROWS = 10;

export type TableStart =
  | {
      kind: 'validating';
      datasetId: DatasetId;
      /** The header as the file wrote it. */
      header: string[];
      validator: RowValidator;
      reading: ReadingDecision;
      /** The headers the analyst matched to columns, and the columns still unmatched, with their first values. */
      mapped: MappedColumn[];
      unmatched: UnmatchedColumn[];
    }
  | { kind: 'question'; header: string[]; detection: Extract<DatasetDetection, { kind: 'ambiguous' }> };

function fits(header: readonly string[], datasetId: DatasetId | null): boolean {
  const ids = datasetId ? [datasetId] : DATASET_IDS;
  return ids.some((id) => matchHeaders(header, DATASETS[id]).missing.length === 0);
}

// A roster is known by the cells that name a household; a reading the analyst chose takes every line.
function rosterColumnsOf(reading: ReadingDecision, match: HeaderMatch): 'all' | number[] {
  if (reading.reason === 'chosen') return 'all';
  const columns: number[] = [];
  const id = match.indexOf.get('household_id');
  if (id !== undefined) columns.push(id);
  const named = reading.header === undefined ? undefined : match.unknown.find((column) => column.header === reading.header);
  if (named && reading.reason === 'householder_column') columns.push(named.index);
  return columns;
}

/**
 * Finds the header and the dataset, then starts validating. Excel reports often open with a title row or two
 * (代县易地扶贫搬迁统计表) above the header: when the first row is no dataset's header but one of the next few
 * is, the rows above it are skipped with a warning. `firstRows` are the rows read so far after the first row.
 */
export function beginTable(
  firstRow: { line: number; cells: string[] },
  firstRows: readonly RawRow[],
  datasetId: DatasetId | null,
  fileName: string,
  fold: HouseholdRowFold | null = null,
  readingChoice: ReadingChoice = 'auto',
  columnMapping: ColumnMapping = {},
): TableStart {
  let header = firstRow;
  let rows = firstRows;
  const skipped: number[] = [];
  const named = (cells: readonly string[]) => applyColumnMapping(cells, columnMapping).cells;
  if (!fits(named(firstRow.cells), datasetId)) {
    const index = firstRows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => fits(named(row.cells.map((cell) => cell.trim())), datasetId));
    const found = firstRows[index];
    if (found) {
      skipped.push(firstRow.line, ...firstRows.slice(0, index).map((row) => row.line));
      header = { line: found.line, cells: found.cells.map((cell) => cell.trim()) };
      rows = firstRows.slice(index + 1);
    }
  }
  const written = header.cells;
  const applied = applyColumnMapping(written, columnMapping);
  header = { line: header.line, cells: applied.cells };

  let id = datasetId;
  if (!id) {
    const detection = detectDataset(header.cells, fileName);
    if (detection.kind === 'ambiguous') return { kind: 'question', header: written, detection };
    id = detection.datasetId;
  }
  const match = matchHeaders(header.cells, DATASETS[id]);
  const reading = readingFromHeader(id, match, readingChoice);
  // A roster's lines go to the fold as they are read; a file of totals keeps its lines until they are counted.
  const roster = fold !== null && reading.reading !== 'totals';
  if (roster) fold.hasHouseholdColumn = match.indexOf.has('household_id');
  const validator = createRowValidator(DATASETS[id], header.cells, header.line, roster ? fold : null, { rosterColumns: rosterColumnsOf(reading, match) });
  const titleRows: Problem[] = skipped.map((line) => ({
    line,
    column: null,
    value: firstRows.find((row) => row.line === line)?.cells.join(' ').trim() ?? firstRow.cells.join(' ').trim(),
    code: 'skipped_title_row',
    severity: 'warning',
    params: { header: header.line },
  }));
  validator.addProblems(titleRows);
  // Samples come from the rows every reader holds when validation begins (the engine waits for this many), so a
  // file read in pieces and read whole show the same first values.
  const sampled = rows.filter((row) => row.line <= (firstRows[HEADER_SEARCH_ROWS]?.line ?? Infinity));
  const unmatched = unmatchedColumns(match.unknown, sampled);
  validator.add(rows);
  return { kind: 'validating', datasetId: id, header: written, validator, reading, mapped: applied.mapped, unmatched };
}
