import writeExcelFile, { type SheetData } from 'write-excel-file/universal';
import { metadataRows, type ExportMetadata } from './csvMetadata';

/** The words a workbook needs besides its figures, in the reader's language. */
export interface WorkbookLabels {
  /** The second sheet's name: what the figures are and where they come from. */
  aboutSheet: string;
  /** The heading of each metadata row, by its key (title, area, period, unit, source, exported, synthetic). */
  keys: Readonly<Record<string, string>>;
  /** The synthetic-data column's header and its cell, where the figures are synthetic. */
  syntheticColumn: string;
  syntheticCell: string;
}

type Cell = string | number | null;

// Excel's width unit is about one Latin character; a Chinese character takes about two.
function displayWidth(text: string): number {
  return Array.from(text).reduce((sum, character) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? 2 : 1), 0);
}

/** A column wide enough for its header and its longest cell, within reason (a long source wraps instead). */
export function columnWidth(values: readonly Cell[]): number {
  const widest = Math.max(0, ...values.map((value) => (value === null ? 0 : displayWidth(typeof value === 'number' ? value.toLocaleString('en') : value))));
  return Math.min(48, Math.max(8, widest + 2));
}

/** The number format of a column: whole figures with grouping (3,676); one decimal where any figure has one (75.4). */
export function numberFormat(values: readonly Cell[]): string {
  return values.some((value) => typeof value === 'number' && !Number.isInteger(value)) ? '#,##0.0' : '#,##0';
}

/**
 * A table as an Excel workbook an editor can use as it is: the figures on the first sheet as numbers with grouping
 * and the decimals the page shows, codes and names as text (a text cell is never read as a formula, so no
 * neutralising is needed, and a code keeps its digits), unknown figures empty, the header bold and frozen, each
 * column as wide as its contents; synthetic figures say so on every row. The second sheet holds the title, area,
 * period, unit, each source, the export day and the synthetic warning, the metadata an exported CSV carries above
 * its table.
 */
export function tableXlsx(columns: readonly string[], rows: readonly (readonly Cell[])[], meta: ExportMetadata, labels: WorkbookLabels): Promise<Blob> {
  const synthetic = meta.synthetic !== null;
  const header = synthetic ? [...columns, labels.syntheticColumn] : [...columns];
  const body = synthetic ? rows.map((row) => [...row, labels.syntheticCell]) : rows;
  const columnValues = header.map((name, index) => [name, ...body.map((row) => row[index] ?? null)]);
  const formats = columnValues.map((values) => numberFormat(values.slice(1)));
  const data: SheetData = [
    header.map((column) => ({ value: column, fontWeight: 'bold' as const, wrap: true })),
    ...body.map((row) =>
      row.map((cell, index) =>
        cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number, format: formats[index] } : { value: cell, type: String },
      ),
    ),
  ];
  const about: SheetData = metadataRows(meta).map(([key, value]) => [
    { value: labels.keys[key] ?? key, type: String, fontWeight: 'bold' as const },
    { value, type: String, wrap: true },
  ]);
  return writeExcelFile([
    { data, sheet: sheetName(meta.title), columns: columnValues.map((values) => ({ width: columnWidth(values) })), stickyRowsCount: 1 },
    { data: about, sheet: sheetName(labels.aboutSheet), columns: [{ width: 14 }, { width: 90 }] },
  ]).toBlob();
}

// Excel allows 31 characters in a sheet's name and none of : \ / ? * [ ].
export function sheetName(text: string): string {
  return Array.from(text.replace(/[:\\/?*[\]]/g, ' '))
    .slice(0, 31)
    .join('');
}
