import { toCsv } from '../toCsv';

/** A table as a CSV file Excel and WPS open correctly: a BOM for UTF-8, figures as numbers, text neutralised. */
export function tableCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return `\ufeff${toCsv(columns, rows)}`;
}
