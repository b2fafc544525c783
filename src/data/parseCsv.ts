import Papa from 'papaparse';

export type Delimiter = ',' | '\t' | ';';

/** A row of raw cells with the physical line it starts on (the header is line 1). */
export interface RawRow {
  line: number;
  cells: string[];
}

export interface ParsedTable {
  delimiter: Delimiter;
  header: string[];
  rows: RawRow[];
}

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/** Picks the delimiter that splits the first line into the most fields, ignoring anything inside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Splits CSV text into a header and rows of string cells with PapaParse (no type guessing, so codes keep
 * their leading zeros). Each row keeps the physical line it starts on, which a quoted line break can move;
 * wholly blank rows (Excel's trailing `,,,`) are dropped.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): ParsedTable {
  const rows: RawRow[] = [];
  let header: string[] | null = null;
  let rowStart = 0;
  let linesBefore = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const line = linesBefore + 1;
      const cursor = result.meta.cursor;
      linesBefore += countNewlines(text, rowStart, cursor);
      rowStart = cursor;
      if (isBlank(cells)) return;
      if (header === null) header = cells.map((cell) => cell.trim());
      else rows.push({ line, cells });
    },
  });
  return { delimiter, header: header ?? [], rows };
}
