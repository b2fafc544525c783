import { DATASETS, DATASET_IDS, type DatasetId } from './schema';
import type { RawRow } from './parseCsv';
import type { Problem } from './types';
import { matchHeaders, type HeaderMatch } from './matchHeaders';
import { detectDataset, type DatasetDetection } from './detectDataset';
import { createRowValidator, type RowValidator } from './validate/validateTable';
import type { HouseholdRowFold } from './count/foldHouseholdRows';
import { readingFromHeader, type ReadingChoice, type ReadingDecision } from './count/chooseReading';

/** How many rows below the first are searched for the real header, past the title rows Excel reports carry. */
export const HEADER_SEARCH_ROWS = 10;

export type TableStart =
  | { kind: 'validating'; datasetId: DatasetId; header: string[]; validator: RowValidator; reading: ReadingDecision }
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
): TableStart {
  let header = firstRow;
  let rows = firstRows;
  const skipped: number[] = [];
  if (!fits(firstRow.cells, datasetId)) {
    const index = firstRows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => fits(row.cells.map((cell) => cell.trim()), datasetId));
    const found = firstRows[index];
    if (found) {
      skipped.push(firstRow.line, ...firstRows.slice(0, index).map((row) => row.line));
      header = { line: found.line, cells: found.cells.map((cell) => cell.trim()) };
      rows = firstRows.slice(index + 1);
    }
  }

  let id = datasetId;
  if (!id) {
    const detection = detectDataset(header.cells, fileName);
    if (detection.kind === 'ambiguous') return { kind: 'question', header: header.cells, detection };
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
  validator.add(rows);
  return { kind: 'validating', datasetId: id, header: header.cells, validator, reading };
}
