import Papa from 'papaparse';

// OWASP's CSV-injection list: a cell starting with one of these may run as a formula in Excel or WPS.
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Neutralises a text cell a spreadsheet would run as a formula, with a leading apostrophe; plain numbers such as -5 stay as they are. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Writes rows as CSV text (CRLF line ends, as Excel writes them); null cells are left blank, formula-like text neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const safe = (cell: string | number | null) => (typeof cell === 'string' ? neutraliseFormula(cell) : (cell ?? ''));
  // Arrays rather than {fields, data}: PapaParse would cut a row longer than the header to the header's width.
  const text = Papa.unparse([header.map(neutraliseFormula), ...rows.map((row) => row.map(safe))], { newline: '\r\n' });
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
