/** A rectangle of cells: rows 1-based as Excel numbers them, columns 0-based (A is 0). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A column's letters as Excel writes them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `D12` → row 12, column 3. */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return { row: 0, column: 0 };
  let column = 0;
  for (const letter of match[1]!.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column: column - 1 };
}

/** `A3:A6` (or one cell, `B2`) → its rectangle. */
export function parseRange(ref: string): CellRange {
  const [from = '', to = from] = ref.split(':');
  const start = parseCellAddress(from);
  const end = parseCellAddress(to);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/** A cell as Excel names it, with its sheet: `乡镇数据!D12`, and `'Sheet 1'!D12` where the name needs quotes. */
export function cellAddress(sheet: string, row: number, column: number): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}

export function rangeText(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;
}
