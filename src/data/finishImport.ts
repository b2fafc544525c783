import { DATASETS, type DatasetId } from './schema';
import type { Problem, RecordsByDataset, SubtotalCheck, ValidRow } from './types';
import type { Encoding } from './decode';
import type { ColumnMapping, MappedColumn, UnmatchedColumn } from './columnMapping';
import type { Delimiter, UnclosedQuote } from './parseCsv';
import type { RejectedRow, RowValidator } from './validate/validateTable';
import { byLineThenColumn, emptyTally, type ProblemTally } from './validate/problemLog';
import { HouseholdRowFold } from './count/foldHouseholdRows';
import { toRecords } from './normalise/toRecords';
import { countRecords } from './count/countRecords';
import { checkTotalsByWording } from './count/checkTotalsByWording';
import { readingAtEnd, type ReadingChoice, type ReadingDecision } from './count/chooseReading';
import { noteNotCounted, type Conflict, type ConflictPolicy, type NotCountedLog } from './count/notCounted';

/** How the analyst asked the file to be counted (see the import report's choices). */
export interface CountingChoices {
  reading?: ReadingChoice;
  conflicts?: ConflictPolicy;
  /** How the lines after a quote never closed are read: as the file says (one cell), or as lines. */
  quotes?: QuoteReading;
  /** The analyst's matches of header wordings to columns. */
  columnMapping?: ColumnMapping;
}

export type QuoteReading = 'as-written' | 'lines';

/** The problem a quote never closed makes, on the line its row starts. */
function unclosedQuoteProblem(quote: UnclosedQuote, reading: QuoteReading): Problem {
  const code = reading === 'lines' ? 'unclosed_quote_as_lines' : 'unclosed_quote';
  return { line: quote.line, column: null, value: '', code, severity: 'warning', params: { lines: quote.lines } };
}

/** Everything one file yields: its counted records and a full account of what was read, rejected and checked. */
export interface ImportResult<Id extends DatasetId = DatasetId> {
  datasetId: Id;
  fileName: string;
  /** The file's size in bytes. */
  bytes: number;
  /** Every byte's fingerprint (see BytesFingerprint): the same file applied again is recognised by it. */
  fingerprint: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** The header row as written, for the rejected-lines download. */
  header: string[];
  /** The headers the analyst matched to the contract's columns. */
  columnMapping: MappedColumn[];
  /** Headers the contract does not know, with their first values. */
  unmatchedColumns: UnmatchedColumn[];
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
  /** How the lines were read (totals, households, persons) and what showed it. */
  reading: ReadingDecision;
  /** Every line that adds to no figure, and why (the first ones in full). */
  notCounted: NotCountedLog;
  /** Lines that state one fact with other figures, and which stands. */
  conflicts: Conflict[];
  /** The choices the file was counted with. */
  choices: Required<CountingChoices>;
  /** Each recognised column's place in the header (0 is the first, column A of a sheet). */
  columnIndex: Readonly<Record<string, number>>;
  /** The worksheet the lines come from, for a workbook: each line is then that sheet's row number. */
  sheet?: string;
}

/** How a file was read, before validation. */
export interface ReadMeta {
  fileName: string;
  bytes: number;
  fingerprint: string;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  /** The headers the analyst matched to the contract's columns (remembered per wording). */
  columnMapping: MappedColumn[];
  /** Headers the contract does not know, with their first values, for the analyst to match. */
  unmatchedColumns: UnmatchedColumn[];
}

/** How many accepted rows the report previews. */
export const PREVIEW_ROWS = 5;

/** What finishing an import needs besides the validator: the file's description, its fold, its reading so far. */
export interface FinishContext {
  meta: ReadMeta;
  fold?: HouseholdRowFold;
  reading?: ReadingDecision;
  choices?: CountingChoices;
  /** Where the parser found a quote never closed. */
  unclosedQuote?: UnclosedQuote | null;
}

/**
 * Validated lines → counted records. The reading is settled (a file whose every line gives 1 household is a
 * roster), the roster's lines added up, then every line counted by one model (src/data/count/): repeats and
 * conflicts, totals by structure, ranges or snapshots; totals by wording are checked, never counted.
 */
export function finishImport<Id extends DatasetId>(datasetId: Id, validator: RowValidator, context: FinishContext): ImportResult<Id> {
  const { meta } = context;
  const fold = context.fold ?? new HouseholdRowFold();
  const choices: Required<CountingChoices> = {
    reading: context.choices?.reading ?? 'auto',
    conflicts: context.choices?.conflicts ?? 'later',
    quotes: context.choices?.quotes ?? 'as-written',
    columnMapping: context.choices?.columnMapping ?? {},
  };
  const spec = DATASETS[datasetId];
  const validation = validator.result;
  const previewRows = [...validation.accepted.slice(0, PREVIEW_ROWS), ...fold.sample].sort((a, b) => a.line - b.line).slice(0, PREVIEW_ROWS);
  const rowsAccepted = validation.accepted.length + fold.rowsTaken;
  const before: ReadingDecision = context.reading ?? { reading: 'totals', reason: 'no_household_column' };
  const reading = readingAtEnd(before, choices.reading, {
    lines: rowsAccepted,
    oneHousehold: fold.oneHousehold + validation.accepted.filter((row) => row.values['households'] === 1).length,
    repeatedIds: fold.repeatCount,
    hasPeopleColumn: validation.header.indexOf.has('people'),
    markedLines: fold.rowsTaken,
  });
  let accepted: readonly ValidRow[] = validation.accepted;
  if (reading.reading !== 'totals' && accepted.length > 0) {
    // In a roster a line without a number is still a household, unless it states more than one: that line is a
    // total of the file's own making, counted by structure like any other.
    const [households, totals] = partition(accepted, (row) => isOneHousehold(row.values['households']));
    fold.add(households);
    accepted = totals;
  }
  const columns = spec.columns.map((column) => column.key);
  const records = [...toRecords(datasetId, columns, accepted, meta.fileName), ...toRecords(datasetId, columns, fold.rows(reading.reading), meta.fileName)].sort(
    (a, b) => a.line - b.line,
  );
  const counted = countRecords(datasetId, records, choices.conflicts);
  const notCounted: NotCountedLog = counted.notCounted;
  if (reading.reading === 'households') for (const { line, first } of fold.repeats) noteNotCounted(notCounted, { line, file: meta.fileName, reason: 'repeat', ref: first });
  for (const total of validation.subtotals) noteNotCounted(notCounted, { line: total.line, file: meta.fileName, reason: 'total_by_wording' });
  notCounted.lines.sort((a, b) => a.line - b.line);
  const wording = checkTotalsByWording(spec, validation.subtotals, counted.facts, counted.totalOf);
  if (context.unclosedQuote) validator.addProblems([unclosedQuoteProblem(context.unclosedQuote, choices.quotes)]);
  // One file's problems are all its own: the report names the file once, not on every line.
  const ownProblems = counted.problems.map((problem) => {
    const own = { ...problem };
    delete own.file;
    return own;
  });
  validator.addProblems([...fold.problemsFor(reading.reading), ...ownProblems, ...wording.problems].sort(byLineThenColumn));

  // An empty file is one problem, not also every column it lacks.
  const empty = meta.header.length === 0;
  return {
    datasetId,
    ...meta,
    rowsRead: validation.rowsRead,
    rowsAccepted,
    records: counted.records,
    preview: toRecords(datasetId, columns, previewRows, meta.fileName),
    rejected: validation.rejected,
    problems: empty ? [EMPTY_FILE] : validation.problems,
    problemTally: empty ? { ...emptyTally(), errors: 1, byCode: { empty_file: 1 } } : validation.tally,
    subtotalChecks: wording.checks,
    reading,
    notCounted,
    conflicts: counted.conflicts,
    choices,
    columnIndex: Object.fromEntries(validation.header.indexOf),
  };
}

function isOneHousehold(value: unknown): boolean {
  return value === null || value === undefined || value === 1;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

const EMPTY_FILE: Problem = { line: 1, column: null, value: '', code: 'empty_file', severity: 'error' };
