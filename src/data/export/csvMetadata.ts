import Papa from 'papaparse';
import { neutraliseFormula } from '../toCsv';

/**
 * What a reader of an exported file alone needs to cite it, as text in the reader's language: a CSV pasted into
 * an article's folder must still say what it is, where from, and whether it is real.
 */
export interface ExportMetadata {
  title: string;
  area: string;
  period: string;
  unit: string;
  sources: readonly string[];
  /** The day of the export, YYYY-MM-DD. */
  exported: string;
  /** The synthetic-data warning; null for real figures. */
  synthetic: string | null;
}

/**
 * Metadata rows go above the table as `# key` in the first cell and the value in the second: a spreadsheet shows
 * them as two readable columns, and pandas (`comment='#'`), R and PapaParse (`comments: '#'`) skip them, so the
 * data block below still parses as a plain table. Keys stay English so scripts can read any language's export.
 */
export const METADATA_PREFIX = '# ';

export function metadataRows(meta: ExportMetadata): [string, string][] {
  return [
    ['title', meta.title],
    ['area', meta.area],
    ['period', meta.period],
    ['unit', meta.unit],
    // One row per source: each carries its own commas, and a row each reads as a list.
    ...meta.sources.map((source): [string, string] => ['source', source]),
    ['exported', meta.exported],
    ...(meta.synthetic === null ? [] : [['synthetic', meta.synthetic] as [string, string]]),
  ];
}

/** The metadata rows as CSV lines, each ending in CRLF, formula-like text neutralised. */
export function metadataBlock(meta: ExportMetadata): string {
  const rows = metadataRows(meta).map(([key, value]) => [`${METADATA_PREFIX}${key}`, neutraliseFormula(value)]);
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

export interface ExportedCsv {
  /** Each key's values in order (`source` may repeat). */
  metadata: Record<string, string[]>;
  columns: string[];
  rows: string[][];
}

/** Reads an exported CSV back: the metadata rows above, the table below, as a script using the file would. */
export function readExportedCsv(text: string): ExportedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  const metadata: Record<string, string[]> = {};
  let start = 0;
  for (const row of parsed) {
    const key = row[0];
    if (key === undefined || !key.startsWith(METADATA_PREFIX)) break;
    (metadata[key.slice(METADATA_PREFIX.length)] ??= []).push(row[1] ?? '');
    start += 1;
  }
  const [columns = [], ...rows] = parsed.slice(start);
  return { metadata, columns, rows };
}
