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
  headerLine: number;
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

// A line ends with LF, CRLF, or a lone CR (Excel for Mac's "CSV (Macintosh)").
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads CSV text that arrives in pieces (a file streamed chunk by chunk) into a header and rows of string
 * cells, with PapaParse and no type guessing, so codes keep their leading zeros. Each row keeps the physical
 * line it starts on, which a quoted line break can move; wholly blank rows (Excel's trailing `,,,`) are dropped.
 * A piece is parsed only up to its last line break outside quotes; the rest waits for the next piece.
 */
export class CsvRowReader {
  delimiter: Delimiter | null;
  header: string[] | null = null;
  /** The physical line of the header row (1 unless blank lines come first). */
  headerLine = 1;
  private pending = '';
  private scanned = 0;
  private inQuotes = false;
  private linesBefore = 0;

  constructor(delimiter: Delimiter | null = null) {
    this.delimiter = delimiter;
  }

  /** Adds text and returns the data rows it completes. */
  push(text: string): RawRow[] {
    this.pending += text;
    let boundary = -1;
    for (let i = this.scanned; i < this.pending.length; i++) {
      const code = this.pending.charCodeAt(i);
      if (code === 34) this.inQuotes = !this.inQuotes;
      else if (code === 10 && !this.inQuotes) boundary = i + 1;
    }
    if (boundary < 0) {
      this.scanned = this.pending.length;
      return [];
    }
    const complete = this.pending.slice(0, boundary);
    this.pending = this.pending.slice(boundary);
    this.scanned = this.pending.length;
    return this.parseSegment(complete);
  }

  /** Parses whatever text is left (a last line without a line break) and returns its rows. */
  end(): RawRow[] {
    const rest = this.pending;
    this.pending = '';
    this.scanned = 0;
    return rest === '' ? [] : this.parseSegment(rest);
  }

  private parseSegment(segment: string): RawRow[] {
    const delimiter = (this.delimiter ??= detectDelimiter(segment));
    const rows: RawRow[] = [];
    const firstLine = this.linesBefore;
    let rowStart = 0;
    let linesBefore = firstLine;
    Papa.parse<string[]>(segment, {
      delimiter,
      skipEmptyLines: false,
      step: (result) => {
        const line = linesBefore + 1;
        const cursor = result.meta.cursor;
        linesBefore += countNewlines(segment, rowStart, cursor);
        rowStart = cursor;
        if (isBlank(result.data)) return;
        if (this.header === null) {
          this.header = result.data.map((cell) => cell.trim());
          this.headerLine = line;
        } else rows.push({ line, cells: result.data });
      },
    });
    this.linesBefore = firstLine + countNewlines(segment, 0, segment.length);
    return rows;
  }
}

/** Parses a whole CSV text at once: the same reader, given everything in one piece. */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): ParsedTable {
  const reader = new CsvRowReader(delimiter);
  const rows = [...reader.push(text), ...reader.end()];
  return { delimiter, header: reader.header ?? [], headerLine: reader.headerLine, rows };
}
