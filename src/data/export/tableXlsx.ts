import writeExcelFile, { type SheetData } from 'write-excel-file/universal';

/**
 * A table as an Excel workbook: the header in bold, figures as numbers and text as text cells (a text cell is
 * never read as a formula, so no neutralising is needed), unknown figures left empty.
 */
export function tableXlsx(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[], sheetName: string): Promise<Blob> {
  const sheet: SheetData = [
    columns.map((column) => ({ value: column, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String }))),
  ];
  return writeExcelFile(sheet, { sheet: sheetName.slice(0, 31) }).toBlob();
}
