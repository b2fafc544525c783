import { readFileSync } from 'node:fs';
import type { DatasetId } from '../../src/data/schema';
import type { RecordsByDataset } from '../../src/data/types';
import type { ImportResult } from '../../src/data/finishImport';
import type { ImportOutcome } from '../../src/data/importStream';
import { crlf, encode, toBlob, type FileEncoding } from './encode';

/**
 * The upload fixtures of tests/fixtures/ (see its README): text kept as UTF-8 with LF line ends in the repo,
 * turned here into the bytes of the Excel or WPS export each one imitates. All figures are test data.
 */
export interface Fixture {
  /** File under tests/fixtures/. */
  file: string;
  /** The name the analyst's file has when uploaded. None hints at a dataset, so detection relies on the header. */
  fileName: string;
  encoding: FileEncoding;
  lineEnds: 'crlf' | 'lf';
  /** The dataset the header says, or null where it fits two. */
  datasetId: DatasetId | null;
}

export const FIXTURES = {
  /** (1) Excel "CSV (逗号分隔)": GBK, CRLF, Chinese headers with units, "1,200", township rows, a 合计 row. */
  excelGbkRelocation: { file: 'excel-csv-gbk-relocation.csv', fileName: '乡镇汇总（测试）.csv', encoding: 'gbk', lineEnds: 'crlf', datasetId: 'relocation' },
  /** (2) Excel "Unicode 文本": UTF-16LE with BOM, tabs, CRLF; jobs with 产业园区 / 扶贫车间, a cell with a line break. */
  excelUnicodeJobs: { file: 'excel-unicode-text-jobs.txt', fileName: '工作簿2.txt', encoding: 'utf-16le-bom', lineEnds: 'crlf', datasetId: 'jobs' },
  /** (3) Excel "CSV UTF-8" under a semicolon list separator: UTF-8 with BOM, semicolons, CRLF; income. */
  utf8BomSemicolonIncome: {
    file: 'excel-csv-utf8-semicolon-income.csv',
    fileName: '工作簿3.csv',
    encoding: 'utf-8-bom',
    lineEnds: 'crlf',
    datasetId: 'income',
  },
  /** (4) Numbers as people type them: １２３４, 1.2万, 320人, 1871元; UTF-8 without BOM, LF; income. */
  typedNumbersIncome: { file: 'typed-numbers-income.csv', fileName: '手工录入（测试）.csv', encoding: 'utf-8', lineEnds: 'lf', datasetId: 'income' },
  /** (5) A relocation file with one line per error, a name-mismatch warning and a duplicated line; Excel "CSV UTF-8". */
  brokenRelocation: { file: 'broken-relocation.csv', fileName: '待修正（测试）.csv', encoding: 'utf-8-bom', lineEnds: 'crlf', datasetId: 'relocation' },
  /** (6) English header that fits relocation and sites alike; Excel "CSV (逗号分隔)", GBK, CRLF. */
  ambiguousHeader: { file: 'ambiguous-english-header.csv', fileName: 'upload.csv', encoding: 'gbk', lineEnds: 'crlf', datasetId: null },
  /** (7) Excel "CSV (逗号分隔)" of a report sheet: a title row and a unit row above the header; GBK, CRLF. */
  excelReportTitleRows: { file: 'excel-report-title-rows.csv', fileName: '统计表（测试）.csv', encoding: 'gbk', lineEnds: 'crlf', datasetId: 'relocation' },
} as const satisfies Record<string, Fixture>;

export type FixtureName = keyof typeof FIXTURES;

export const FIXTURE_NAMES = Object.keys(FIXTURES) as FixtureName[];

/** The fixture's text as the export holds it (line ends applied), before encoding. */
export function fixtureText(name: FixtureName): string {
  const fixture: Fixture = FIXTURES[name];
  const stored = readFileSync(new URL(`../fixtures/${fixture.file}`, import.meta.url), 'utf8');
  return fixture.lineEnds === 'crlf' ? crlf(stored) : stored;
}

/** The bytes of the file the analyst uploads. */
export function fixtureBytes(name: FixtureName): Uint8Array<ArrayBuffer> {
  return encode(fixtureText(name), FIXTURES[name].encoding);
}

export function fixtureBlob(name: FixtureName): Blob {
  return toBlob(fixtureBytes(name));
}

/** The import result of an outcome that must be an import, failing the test with the question otherwise. */
export function imported(outcome: ImportOutcome): ImportResult {
  if (outcome.kind === 'workbook') throw new Error(`expected an import, got a workbook of ${outcome.sheets.length} sheets`);
  if (outcome.kind !== 'imported') throw new Error(`expected an import, got a question: ${outcome.detection.candidates.join(', ')}`);
  return outcome.result;
}

/** The records of an import that must be of `datasetId`, typed as that dataset's records. */
export function recordsOf<Id extends DatasetId>(result: ImportResult, datasetId: Id): RecordsByDataset[Id][] {
  if (result.datasetId !== datasetId) throw new Error(`expected a ${datasetId} import, got ${result.datasetId}`);
  return (result as ImportResult<Id>).records;
}
