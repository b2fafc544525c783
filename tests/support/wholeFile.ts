import { encodingPlan, textDecoderFor, type Encoding } from '../../src/data/decode';
import { CsvRowReader, detectDelimiter, type Delimiter, type ParsedTable, type RawRow } from '../../src/data/parseCsv';
import { createRowValidator, type ValidationResult } from '../../src/data/validate/validateTable';
import { beginTable } from '../../src/data/beginTable';
import { BytesFingerprint } from '../../src/data/fingerprint';
import { HouseholdRowFold } from '../../src/data/count/foldHouseholdRows';
import { finishImport, type CountingChoices, type FinishContext, type ImportResult } from '../../src/data/finishImport';
import type { DatasetSpec } from '../../src/data/schema/types';
import type { DatasetId } from '../../src/data/schema';

/**
 * The test oracle for the import engine: the same steps done on a whole file at once, through the text reader
 * (PapaParse) and row validation, never the byte scanner. The engine reads chunks, and plain lines straight from
 * their bytes; where the two disagree, one of them is wrong.
 */

/** Decodes a whole file by the engine's encoding plan. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const plan = encodingPlan(bytes);
  const body = bytes.subarray(plan.bomLength);
  try {
    return { text: textDecoderFor(plan.encoding).decode(body), encoding: plan.encoding };
  } catch (error) {
    if (!plan.fallback) throw error;
    return { text: textDecoderFor(plan.fallback).decode(body), encoding: plan.fallback };
  }
}

/** Parses a whole CSV text at once: the engine's text reader, given everything in one piece. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text), quotesAsLines = false): ParsedTable {
  const reader = new CsvRowReader(delimiter, quotesAsLines);
  const rows = [...reader.push(text), ...reader.end()];
  return {
    delimiter,
    header: reader.header ?? [],
    headerLine: reader.headerLine,
    rows,
    ...(reader.unclosedQuote ? { unclosedQuote: reader.unclosedQuote } : {}),
  };
}

/** Validates a whole parsed table at once; `headerLine` is the header's physical line. */
export function validateTable(spec: DatasetSpec, header: readonly string[], rows: readonly RawRow[], headerLine = 1): ValidationResult {
  const validator = createRowValidator(spec, header, headerLine);
  validator.add(rows);
  return validator.result;
}

export function fingerprintOf(bytes: Uint8Array): string {
  const fingerprint = new BytesFingerprint();
  fingerprint.update(bytes);
  return fingerprint.digest();
}

/** A whole file's validation and fold, before finishing: what the engine holds when the file ends. */
export function readWhole(datasetId: DatasetId, fileName: string, bytes: Uint8Array, choices: CountingChoices = {}) {
  const { text, encoding } = decodeBytes(bytes);
  const table = parseCsv(text, undefined, choices.quotes === 'lines');
  const fold = new HouseholdRowFold();
  const start = beginTable({ line: table.headerLine, cells: table.header }, table.rows, datasetId, fileName, fold, choices.reading, choices.columnMapping);
  if (start.kind !== 'validating') throw new Error('beginTable asked for a dataset it was given');
  const meta = {
    fileName,
    bytes: bytes.length,
    fingerprint: fingerprintOf(bytes),
    encoding,
    delimiter: table.delimiter,
    header: start.header,
    columnMapping: start.mapped,
    unmatchedColumns: start.unmatched,
  };
  const context: FinishContext = { meta, fold, reading: start.reading, choices, unclosedQuote: table.unclosedQuote };
  return { validator: start.validator, context };
}

/** bytes → text → rows → validated rows → counted records, all at once. */
export function importWholeFile<Id extends DatasetId>(datasetId: Id, fileName: string, bytes: Uint8Array, choices: CountingChoices = {}): ImportResult<Id> {
  const { validator, context } = readWhole(datasetId, fileName, bytes, choices);
  return finishImport(datasetId, validator, context);
}
