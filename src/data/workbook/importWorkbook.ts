import type { DatasetId } from '../schema';
import { beginTable } from '../beginTable';
import { finishImport, type ReadMeta } from '../finishImport';
import { BytesFingerprint } from '../fingerprint';
import { HouseholdRowFold } from '../count/foldHouseholdRows';
import type { DatasetDetection } from '../detectDataset';
import type { StreamOptions } from '../importOutcome';
import type { ImportResult } from '../finishImport';
import { readXlsx, type WorkbookSheet } from './readXlsx';
import { sheetRows } from './sheetRows';

/** What one sheet of a workbook gave: an import, the question which dataset it is, or nothing to read. */
export type SheetOutcome = { sheet: string; hidden: boolean } & (
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'needs-dataset'; header: string[]; detection: Extract<DatasetDetection, { kind: 'ambiguous' }> }
  | { kind: 'empty' }
);

/** A workbook read whole: each sheet's outcome, in the workbook's order. */
export interface WorkbookOutcome {
  kind: 'workbook';
  fileName: string;
  bytes: number;
  sheets: SheetOutcome[];
}

export interface WorkbookOptions extends Omit<StreamOptions, 'datasetId' | 'chunkBytes' | 'onProgress' | 'signal'> {
  /** The dataset the analyst named for a sheet, by its name. */
  sheetDatasets?: Readonly<Record<string, DatasetId>>;
}

function sheetFingerprint(workbook: string, sheet: string): string {
  const fingerprint = new BytesFingerprint();
  fingerprint.update(new TextEncoder().encode(`${sheet}\u0000`));
  return `${workbook}:${fingerprint.digest()}`;
}

/**
 * One sheet through the same steps as a CSV file: the header found below any title rows, the dataset recognised
 * (the sheet's name is the hint a file name gives), every row validated and counted. What the sheet itself says
 * (merges filled, hidden rows, formulas without a value) is added to the report as warnings on their rows.
 */
function importSheet(sheet: WorkbookSheet, workbook: { fileName: string; bytes: number; fingerprint: string }, options: WorkbookOptions): SheetOutcome {
  const where = { sheet: sheet.name, hidden: sheet.hidden };
  const { rows, notes } = sheetRows(sheet);
  const [first, ...rest] = rows;
  if (!first) return { ...where, kind: 'empty' };
  const fold = new HouseholdRowFold();
  const named = options.sheetDatasets?.[sheet.name] ?? null;
  const start = beginTable(first, rest, named, `${sheet.name} ${workbook.fileName}`, fold, options.reading, options.columnMapping);
  if (start.kind === 'question') return { ...where, kind: 'needs-dataset', header: start.header, detection: start.detection };
  start.validator.addProblems(notes);
  const meta: ReadMeta = {
    fileName: workbook.fileName,
    bytes: workbook.bytes,
    fingerprint: sheetFingerprint(workbook.fingerprint, sheet.name),
    encoding: 'utf-8',
    delimiter: ',',
    header: start.header,
    columnMapping: start.mapped,
    unmatchedColumns: start.unmatched,
  };
  const { reading, conflicts, quotes, columnMapping } = options;
  const choices = { reading, conflicts, quotes, columnMapping };
  const result = finishImport(start.datasetId, start.validator, { meta, fold, reading: start.reading, choices });
  return { ...where, kind: 'imported', result: { ...result, sheet: sheet.name } };
}

/** An .xlsx workbook's bytes → one outcome per worksheet, each sheet read as its own table. */
export function importWorkbook(bytes: Uint8Array, fileName: string, options: WorkbookOptions = {}): WorkbookOutcome {
  const fingerprint = new BytesFingerprint();
  fingerprint.update(bytes);
  const workbook = { fileName, bytes: fingerprint.size, fingerprint: fingerprint.digest() };
  const sheets = readXlsx(bytes).map((sheet) => importSheet(sheet, workbook, options));
  return { kind: 'workbook', fileName, bytes: workbook.bytes, sheets };
}

