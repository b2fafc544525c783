import { DATASETS, type DatasetId } from './schema';
import type { Problem, RecordsByDataset, RelocationRecord, SubtotalCheck } from './types';
import { decodeBytes, type Encoding } from './decode';
import { parseCsv, type Delimiter } from './parseCsv';
import type { RejectedRow, ValidationResult } from './validate/validateTable';
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
  /** Rows that passed validation (before totals and details are resolved). */
  rowsAccepted: number;
  /** The records that count towards figures: no subtotal, no detail already covered by its total. */
  records: RecordsByDataset[Id][];
  rejected: RejectedRow[];
  problems: Problem[];
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

function byLineThenColumn(a: Problem, b: Problem): number {
  return a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '');
}

/** Validated rows → counted records: duplicates dropped, county totals resolved, covered years marked, totals derived, subtotals checked. */
export function finishImport<Id extends DatasetId>(datasetId: Id, validation: ValidationResult, meta: ReadMeta): ImportResult<Id> {
  const spec = DATASETS[datasetId];
  // An empty file is one problem, not also every column it lacks.
  const problems: Problem[] =
    meta.header.length === 0 ? [{ line: 1, column: null, value: '', code: 'empty_file', severity: 'error' }] : [...validation.problems];

  const columns = spec.columns.map((column) => column.key);
  const unique = dropDuplicateRows(toRecords(datasetId, columns, validation.accepted), spec.keyColumns);
  problems.push(...unique.problems);
  let records = unique.kept;
  if (datasetId === 'relocation') {
    const resolved = resolveCountyTotals(records as RelocationRecord[]);
    problems.push(...resolved.problems);
    // A range row (2016-2020) and the years within it stay records; filterDataset counts one or the other.
    const spans = markCoveredYears(resolved.counted);
    problems.push(...spans.problems);
    records = spans.records.map(deriveRelocationTotals) as RecordsByDataset[Id][];
  }
  const subtotals = checkSubtotals(spec, validation.subtotals, records);
  problems.push(...subtotals.problems);

  return {
    datasetId,
    ...meta,
    rowsRead: validation.rowsRead,
    rowsAccepted: validation.accepted.length,
    records,
    rejected: validation.rejected,
    problems: problems.sort(byLineThenColumn),
    subtotalChecks: subtotals.checks,
  };
}

/** bytes → text → rows → validated rows → counted records, all at once. The streaming importer gives the same result. */
export function importTable<Id extends DatasetId>(datasetId: Id, fileName: string, bytes: Uint8Array): ImportResult<Id> {
  const { text, encoding } = decodeBytes(bytes);
  const table = parseCsv(text);
  const start = beginTable({ line: table.headerLine, cells: table.header }, table.rows, datasetId, fileName);
  // The dataset is given, so beginTable never needs to ask.
  if (start.kind !== 'validating') throw new Error('beginTable asked for a dataset it was given');
  return finishImport(datasetId, start.validator.result, { fileName, bytes: bytes.length, encoding, delimiter: table.delimiter, header: start.header });
}
