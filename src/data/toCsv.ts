import Papa from 'papaparse';

/** Writes rows as CSV text (CRLF line ends, as Excel writes them); null cells are left blank. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) }, { newline: '\r\n' }) + '\r\n';
}
