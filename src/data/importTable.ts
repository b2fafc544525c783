import { DATASETS, type DatasetId } from './schema';
import type { Problem, RecordsByDataset, RelocationRecord, SubtotalCheck } from './types';
import { decodeBytes, type Encoding } from './decode';
import { parseCsv, type Delimiter } from './parseCsv';
import type { RejectedRow, RowValidator } from './validate/validateTable';
import { byLineThenColumn, emptyTally, type ProblemTally } from './validate/problemLog';
import { HouseholdRowFold } from './normalise/foldHouseholdRows';
import { beginTable } from './beginTable';
import { toRecords } from './normalise/toRecords';
import { dropDuplicateRows } from './normalise/dropDuplicateRows';
import { resolveCountyTotals } from './normalise/resolveCountyTotals';
import { markCoveredYears } from './normalise/markCoveredYears';
import { deriveRelocationTotals } from './normalise/deriveRelocationTotals';
import { checkSubtotals } from './normalise/checkSubtotals';

/** Everything one file yields: its counted records and a full account of what was read, rejected and checked. */
export interface ImportResult<Id extends DatasetId = DatasetId> {
  datasetId: Id;
  fileName: string;
  /** The file's size in bytes. */
  bytes: number;
  encoding: Encoding;
  delimiter: Delimiter;
  /** The header row as written, for the rejected-lines download. */
  header: string[];
  rowsRead: number;
  /** Rows that passed validation (before totals and details are resolved, and households added up). */
  rowsAccepted: number;
  /** The records that count towards figures: no subtotal, no detail already covered by its total, households added up. */
  records: RecordsByDataset[Id][];
  /** The first accepted rows as they were read, before households are added up. */
  preview: RecordsByDataset[Id][];
  rejected: RejectedRow[];
  /** The first problems in full, by line; `problemTally` counts them all. */
  problems: Problem[];
  problemTally: ProblemTally;
  subtotalChecks: SubtotalCheck[];
}

/** How a file was read, before validation. */
export interface ReadMeta {
  fileName: string;
  bytes: number;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
}

/** How many accepted rows the report previews. */
export const PREVIEW_ROWS = 5;

/**
 * Moves the household rows accepted so far into the fold, leaving the others in `accepted`. The streaming
 * importer calls it after every chunk, so household rows never pile up; `finishImport` calls it once more.
 */
export function foldAcceptedHouseholds(validator: RowValidator, fold: HouseholdRowFold): void {
  const result = validator.result;
  if (result.accepted.length > 0) result.accepted = fold.add(result.accepted);
}

/**
 * Validated rows → counted records: households added up, duplicates dropped, county totals resolved, covered
 * years marked, totals derived, subtotals checked.
 */
export function finishImport<Id extends DatasetId>(datasetId: Id, validator: RowValidator, meta: ReadMeta, fold = new HouseholdRowFold()): ImportResult<Id> {
  const spec = DATASETS[datasetId];
  foldAcceptedHouseholds(validator, fold);
  const validation = validator.result;
  const columns = spec.columns.map((column) => column.key);
  const found: Problem[] = [...fold.problems];
  const unique = dropDuplicateRows(toRecords(datasetId, columns, validation.accepted), spec.keyColumns);
  found.push(...unique.problems);
  const households = toRecords(datasetId, columns, fold.rows());
  let records = [...unique.kept, ...households].sort((a, b) => a.line - b.line);
  if (datasetId === 'relocation') {
    const resolved = resolveCountyTotals(records as RelocationRecord[]);
    found.push(...resolved.problems);
    // A range row (2016-2020) and the years within it stay records; filterDataset counts one or the other.
    const spans = markCoveredYears(resolved.counted);
    found.push(...spans.problems);
    records = spans.records.map(deriveRelocationTotals) as RecordsByDataset[Id][];
  }
  const subtotals = checkSubtotals(spec, validation.subtotals, records);
  found.push(...subtotals.problems);
  validator.addProblems(found.sort(byLineThenColumn));

  const rowsAccepted = validation.accepted.length + fold.rowsTaken;
  const previewRows = [...validation.accepted.slice(0, PREVIEW_ROWS), ...fold.sample].sort((a, b) => a.line - b.line).slice(0, PREVIEW_ROWS);
  // An empty file is one problem, not also every column it lacks.
  const empty = meta.header.length === 0;
  return {
    datasetId,
    ...meta,
    rowsRead: validation.rowsRead,
    rowsAccepted,
    records,
    preview: toRecords(datasetId, columns, previewRows),
    rejected: validation.rejected,
    problems: empty ? [EMPTY_FILE] : validation.problems,
    problemTally: empty ? { ...emptyTally(), errors: 1, byCode: { empty_file: 1 } } : validation.tally,
    subtotalChecks: subtotals.checks,
  };
}

const EMPTY_FILE: Problem = { line: 1, column: null, value: '', code: 'empty_file', severity: 'error' };

/** bytes → text → rows → validated rows → counted records, all at once. The streaming importer gives the same result. */
export function importTable<Id extends DatasetId>(datasetId: Id, fileName: string, bytes: Uint8Array): ImportResult<Id> {
  const { text, encoding } = decodeBytes(bytes);
  const table = parseCsv(text);
  const fold = new HouseholdRowFold();
  const start = beginTable({ line: table.headerLine, cells: table.header }, table.rows, datasetId, fileName, fold);
  // The dataset is given, so beginTable never needs to ask.
  if (start.kind !== 'validating') throw new Error('beginTable asked for a dataset it was given');
  return finishImport(datasetId, start.validator, { fileName, bytes: bytes.length, encoding, delimiter: table.delimiter, header: start.header }, fold);
}
