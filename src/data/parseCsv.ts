import Papa from 'papaparse';
import { ByteRowScanner, type ScannedLine } from './scan/byteRows';

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
  /** A quote opened and never closed (present only then): the line its row starts on, and how many physical lines it took. */
  unclosedQuote?: UnclosedQuote;
}

export interface UnclosedQuote {
  line: number;
  lines: number;
}

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/** The delimiter is guessed from this many non-blank lines at the start of the text… */
const DELIMITER_SAMPLE_LINES = 10;
/** …or from this many characters when those lines are longer, so that a reader never waits for a whole file. */
const DELIMITER_SAMPLE_CHARS = 1 << 20;

/** How rows end: the kind of the first line break outside quotes (PapaParse reads a text with one kind). */
type Newline = '\n' | '\r\n' | '\r';

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where a scan stands, as PapaParse's parser would: at the start of a field, in an unquoted field, inside a
// quoted field, just after a quote inside a quoted field (a closing quote, or the first of an escaped ""),
// or after such a quote and whitespace (PapaParse lets spaces stand between a closing quote and what follows).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;
const AFTER_QUOTE_SPACE = 4;
type ScanState = typeof FIELD_START | typeof UNQUOTED | typeof QUOTED | typeof AFTER_QUOTE | typeof AFTER_QUOTE_SPACE;

// The characters String.prototype.trim removes, which PapaParse skips between a closing quote and a delimiter.
const SPACE = /\s/;

/**
 * Follows CSV text character by character to find where rows end, by the rules PapaParse parses with (RFC 4180,
 * plus PapaParse's leniencies): a quote opens a quoted field only at the start of a field; a quote elsewhere in
 * an unquoted field is text (`5"寸`). Inside a quoted field `""` is an escaped quote, and a quote closes the field
 * when only whitespace stands between it and a delimiter, a line break or the end; any other quote is text and
 * the field stays open. The state lives between calls, so text can arrive in pieces cut anywhere.
 */
class RowScanner {
  private state: ScanState = FIELD_START;

  /** True when the text scanned so far ends inside a quoted field. */
  get inQuotes(): boolean {
    return this.state === QUOTED;
  }
  private readonly delimiterCode: number;

  /**
   * With `newline` null, any line break (LF, CRLF or a lone CR) ends a row; with `learnsNewline`, the first one
   * outside quotes then fixes the kind of line break that ends rows from there on.
   */
  constructor(
    delimiter: Delimiter,
    public newline: Newline | null = null,
    private readonly learnsNewline = true,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * Scans `text` from `from`, calling `onRowEnd` with the index just past each line break that ends a row and
   * `onDelimiter` at each delimiter between fields. Returns where it stopped: the end of the text, or a CR at the
   * end whose meaning (CR or CRLF) waits for the next character, unless the text is `final`.
   */
  scan(text: string, from: number, final: boolean, onRowEnd?: (end: number) => void, onDelimiter?: () => void): number {
    let i = from;
    while (i < text.length) {
      const state = this.state;
      if (state === QUOTED) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return text.length;
        this.state = AFTER_QUOTE;
        i = quote + 1;
        continue;
      }
      const code = text.charCodeAt(i);
      if (state === FIELD_START && code === QUOTE) {
        this.state = QUOTED;
        i++;
        continue;
      }
      if (state === AFTER_QUOTE && code === QUOTE) {
        // An escaped quote: the field goes on.
        this.state = QUOTED;
        i++;
        continue;
      }
      if (code === this.delimiterCode) {
        this.state = FIELD_START;
        onDelimiter?.();
        i++;
        continue;
      }
      const breakLength = this.lineBreakAt(text, i, final);
      if (breakLength < 0) return i;
      if (breakLength > 0) {
        if (this.newline === null && this.learnsNewline) this.newline = breakLength === 2 ? '\r\n' : code === LF ? '\n' : '\r';
        this.state = FIELD_START;
        i += breakLength;
        onRowEnd?.(i);
        continue;
      }
      if (state === FIELD_START || state === UNQUOTED) {
        this.state = UNQUOTED;
        i++;
      } else if (SPACE.test(text.charAt(i))) {
        this.state = AFTER_QUOTE_SPACE;
        i++;
      } else {
        // The quote before did not close the field after all: it is text, and this character is read inside the quotes.
        this.state = QUOTED;
      }
    }
    return text.length;
  }

  /**
   * Where the last row of `text` ends, found without reading each character: when no quote stands after `from`
   * and none is open, quotes cannot hide a line break, so it is the last line break of the kind rows end with.
   * Returns -1 for no row end, and null when the characters must be read one by one (`scan`). Most chunks of a
   * large export hold no quote at all, and this is most of the cost of finding rows in them.
   */
  lastRowEndWithoutQuotes(text: string, from: number): { end: number; scanned: number } | null {
    const newline = this.newline;
    if (newline === null || (this.state !== FIELD_START && this.state !== UNQUOTED)) return null;
    if (text.indexOf('"', from) >= 0) return null;
    // Only a break in the text not yet read ends a row: one before `from` was read already (it lay in quotes).
    const lastBreak = text.lastIndexOf(newline);
    const end = lastBreak < from ? -1 : lastBreak + newline.length;
    // A CR at the very end may be the first half of a CRLF: it waits for the next piece, as scan would.
    const scanned = newline === '\r\n' && text.endsWith('\r') ? text.length - 1 : text.length;
    // Where the text stops decides what comes next: a field starts after a row end or a delimiter.
    const tail = end >= 0 ? end : from;
    if (scanned > tail) this.state = text.charCodeAt(scanned - 1) === this.delimiterCode ? FIELD_START : UNQUOTED;
    else if (end >= 0) this.state = FIELD_START;
    return { end, scanned };
  }

  /** The length of the line break that ends a row at `i` (0 for none), or -1 when the next character must say. */
  private lineBreakAt(text: string, i: number, final: boolean): number {
    const code = text.charCodeAt(i);
    if (code !== LF && code !== CR) return 0;
    const newline = this.newline;
    if (newline === '\n') return code === LF ? 1 : 0;
    if (newline === '\r') return code === CR ? 1 : 0;
    if (code === LF) return newline === null ? 1 : 0;
    if (i + 1 >= text.length) return final ? (newline === null ? 1 : 0) : -1;
    if (text.charCodeAt(i + 1) === LF) return 2;
    return newline === null ? 1 : 0;
  }
}

/**
 * Finds where the text the delimiter is guessed from ends: after the line break of the `DELIMITER_SAMPLE_LINES`th
 * non-blank line, or after `DELIMITER_SAMPLE_CHARS` characters, or at the end of the text. Fed text that grows,
 * it says -1 until it knows.
 */
class DelimiterSample {
  private scanned = 0;
  private lines = 0;
  private lineHasText = false;

  end(text: string, final: boolean): number {
    const limit = Math.min(text.length, DELIMITER_SAMPLE_CHARS);
    for (let i = this.scanned; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || code === CR) {
        if (this.lineHasText && ++this.lines === DELIMITER_SAMPLE_LINES) return i + 1;
        this.lineHasText = false;
      } else if (!this.lineHasText && !SPACE.test(text.charAt(i))) this.lineHasText = true;
    }
    this.scanned = limit;
    return final || limit === DELIMITER_SAMPLE_CHARS ? limit : -1;
  }
}

/** How a candidate splits the sample: its delimiters outside quotes, and the field count of each non-blank row. */
function splitAs(sample: string, candidate: Delimiter): { delimiters: number; fieldsPerRow: number[] } {
  let delimiters = 0;
  let inRow = 0;
  let rowStart = 0;
  const fieldsPerRow: number[] = [];
  // Which quotes open a field depends on the delimiter, so each candidate is read as if it were the one.
  new RowScanner(candidate, null, false).scan(
    sample,
    0,
    true,
    (end) => {
      if (sample.slice(rowStart, end).trim() !== '') fieldsPerRow.push(inRow + 1);
      rowStart = end;
      inRow = 0;
    },
    () => {
      delimiters++;
      inRow++;
    },
  );
  return { delimiters, fieldsPerRow };
}

/**
 * The delimiter that splits every row of the sample into the same number of fields (more than one), the most
 * fields winning; where none does (a title row above the header, a sample of one line), the candidate found most
 * often outside quotes. Ties go to comma, then tab, then semicolon. Consistency comes first because a count alone
 * was fooled by text: a note of thirty semicolons in the app's own comma export outvoted its commas, and
 * European decimals (1,5;2,5) tied with the semicolons.
 */
function mostFrequentDelimiter(sample: string): Delimiter {
  const splits = CANDIDATES.map((candidate) => ({ candidate, ...splitAs(sample, candidate) }));
  const consistent = splits.filter(({ fieldsPerRow }) => fieldsPerRow.length >= 2 && fieldsPerRow[0]! > 1 && fieldsPerRow.every((fields) => fields === fieldsPerRow[0]));
  const pool = consistent.length > 0 ? consistent : splits;
  const score = (split: (typeof splits)[number]) => (consistent.length > 0 ? split.fieldsPerRow[0]! : split.delimiters);
  let best = pool[0]!;
  for (const split of pool) if (score(split) > score(best)) best = split;
  return score(best) > 0 ? best.candidate : ',';
}

/**
 * Picks the delimiter from the first 10 non-blank physical lines (so a title line without delimiters, or blank
 * lines, above a tab-separated table do not decide; at most the first 1 Mi characters): the candidate that splits
 * every row alike wins, else the one found most often outside quoted text (see mostFrequentDelimiter).
 */
export function detectDelimiter(text: string): Delimiter {
  return mostFrequentDelimiter(text.slice(0, new DelimiterSample().end(text, true)));
}

// Physical lines: a line ends with LF, CRLF, or a lone CR (Excel for Mac's "CSV (Macintosh)"). `crBefore` says
// whether the character before `text` was a CR, so that a CRLF cut between two pieces counts once.
function countNewlines(text: string, from: number, to: number, crBefore: boolean): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === CR) count++;
    else if (code === LF && !(i === 0 ? crBefore : text.charCodeAt(i - 1) === CR)) count++;
  }
  return count;
}

// A line break that is not the kind rows end with, which would start a physical line inside a row.
const OTHER_LINE_BREAK: Readonly<Record<Newline, RegExp>> = { '\n': /\r/, '\r': /\n/, '\r\n': /\r(?!\n)|(?<!\r)\n/ };

function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** A row as PapaParse's parser hands it to `step`: the rows parsed (one) and where the next begins. */
interface ParserStep {
  data: string[][];
  meta: { cursor: number };
}

/**
 * Reads CSV text that arrives in pieces (a file streamed chunk by chunk) into a header and rows of string
 * cells, with PapaParse and no type guessing, so codes keep their leading zeros. Each row keeps the physical
 * line it starts on, which a quoted line break can move; wholly blank rows (Excel's trailing `,,,`) are dropped.
 *
 * Unless it is given the delimiter, the reader waits for the first 10 non-blank lines (or the end) to guess it.
 * Then it follows quotes as PapaParse does (see RowScanner), and parses a piece up to its last line break
 * outside quotes; the rest waits for the next piece. Rows end with the kind of line break that first ends one.
 * However the text is cut into pieces, the rows are the ones `parseCsv` reads from the whole text.
 */
export class CsvRowReader {
  delimiter: Delimiter | null;
  header: string[] | null = null;
  /** The physical line of the header row (1 unless blank lines come first). */
  headerLine = 1;
  private pending = '';
  /** How far `pending` has been scanned for the ends of rows. */
  private scanned = 0;
  private scanner: RowScanner | null = null;
  private readonly sample = new DelimiterSample();
  private linesBefore = 0;
  private crBefore = false;
  /** Set by `end` when the text ends inside a quote it never closes. */
  unclosedQuote: UnclosedQuote | null = null;

  /**
   * With `quotesAsLines`, the lines of a quote never closed are read as lines, the quote as text; otherwise as
   * the file says (one cell to the end), and either way `unclosedQuote` says where and how far.
   */
  constructor(
    delimiter: Delimiter | null = null,
    private readonly quotesAsLines = false,
  ) {
    this.delimiter = delimiter;
  }

  private bytes: { decoder: TextDecoder; scanner: ByteRowScanner | null } | null = null;

  /** Lets `pushBytes` read pieces on their bytes (see ByteRowScanner), with `decoder` for their cells. */
  readsBytes(decoder: TextDecoder): void {
    this.bytes = { decoder, scanner: null };
  }

  /**
   * Adds a piece of whole lines: read on its bytes when nothing is held from before and the piece has no quote
   * (most pieces of a large export), each line then handed to `onLine` if given, else returned as a row; any other
   * piece is decoded by `decode` and pushed, and its rows returned.
   */
  pushBytes(bytes: Uint8Array, decode: (bytes: Uint8Array) => string, onLine?: (line: ScannedLine) => void): RawRow[] {
    const scanner = this.byteScanner();
    const rows: RawRow[] = [];
    const lines = scanner ? scanner.scan(bytes, this.linesBefore, onLine ?? ((line) => rows.push(line.rawRow()))) : -1;
    if (lines < 0) return this.push(decode(bytes));
    this.linesBefore += lines;
    this.crBefore = false;
    return rows;
  }

  // The byte scanner, once the header is read, the delimiter and kind of line break known, and no text held.
  private byteScanner(): ByteRowScanner | null {
    const options = this.bytes;
    const newline = this.scanner?.newline;
    if (!options || this.header === null || this.pending !== '' || this.scanner?.inQuotes !== false) return null;
    if (newline !== '\n' && newline !== '\r\n') return null;
    options.scanner ??= new ByteRowScanner((this.delimiter ?? ',').charCodeAt(0), newline === '\r\n', options.decoder);
    return options.scanner;
  }

  /** Adds text and returns the data rows it completes. */
  push(text: string): RawRow[] {
    this.pending += text;
    const scanner = this.scannerFor(false);
    if (!scanner) return [];
    let boundary = -1;
    const quick = scanner.lastRowEndWithoutQuotes(this.pending, this.scanned);
    if (quick) {
      boundary = quick.end;
      this.scanned = quick.scanned;
    } else {
      this.scanned = scanner.scan(this.pending, this.scanned, false, (end) => {
        boundary = end;
      });
    }
    if (boundary < 0) return [];
    const complete = this.pending.slice(0, boundary);
    this.pending = this.pending.slice(boundary);
    this.scanned -= boundary;
    return this.parseSegment(complete, scanner.newline ?? '\n');
  }

  /** Parses whatever text is left (a last line without a line break) and returns its rows. */
  end(): RawRow[] {
    const scanner = this.scannerFor(true);
    // Scanning to the end settles the kind of line break if no row has ended yet.
    scanner?.scan(this.pending, this.scanned, true);
    const rest = this.pending;
    this.pending = '';
    this.scanned = 0;
    if (rest === '' || !scanner) return [];
    const newline = scanner.newline ?? '\n';
    if (!scanner.inQuotes) return this.parseSegment(rest, newline);
    // Everything after the row's start stayed in quotes: a file cut off, or a quote typed by hand. The rows
    // before it (all of a short file's, which waited for the delimiter) are read as usual.
    let rowStart = 0;
    new RowScanner(this.delimiter ?? ',', newline, false).scan(rest, 0, true, (end) => (rowStart = end));
    const rows = rowStart > 0 ? this.parseSegment(rest.slice(0, rowStart), newline) : [];
    const quoted = rest.slice(rowStart);
    const lines = countNewlines(quoted, 0, quoted.length, this.crBefore) + (/[\r\n]$/.test(quoted) ? 0 : 1);
    this.unclosedQuote = { line: this.linesBefore + 1, lines };
    return [...rows, ...this.parseSegment(quoted, newline, this.quotesAsLines)];
  }

  /** The row scanner, once the delimiter is known: given, or guessed once enough text has come. */
  private scannerFor(final: boolean): RowScanner | null {
    if (this.scanner) return this.scanner;
    if (this.delimiter === null) {
      const sampleEnd = this.sample.end(this.pending, final);
      if (sampleEnd < 0) return null;
      this.delimiter = mostFrequentDelimiter(this.pending.slice(0, sampleEnd));
    }
    this.scanner = new RowScanner(this.delimiter);
    return this.scanner;
  }

  private parseSegment(segment: string, newline: Newline, quotesAsText = false): RawRow[] {
    const rows: RawRow[] = [];
    const firstLine = this.linesBefore;
    let rowStart = 0;
    let linesBefore = firstLine;
    // Without quotes, and with no line break of another kind, every row is one physical line: no need to count.
    const rowIsLine = segment.indexOf('"') < 0 && !OTHER_LINE_BREAK[newline].test(segment);
    // PapaParse's own parser, given the delimiter and the line break: Papa.parse would guess the line break
    // again for each piece and drop a U+FEFF at the start of one.
    const parser = new Papa.Parser({
      delimiter: this.delimiter ?? ',',
      newline,
      // No character of a CSV: every quote is then text.
      ...(quotesAsText ? { quoteChar: '\u0000' } : {}),
      skipEmptyLines: false,
      step: (result: ParserStep) => {
        const line = linesBefore + 1;
        if (rowIsLine) linesBefore++;
        else {
          const cursor = result.meta.cursor;
          linesBefore += countNewlines(segment, rowStart, cursor, this.crBefore);
          rowStart = cursor;
        }
        const cells = result.data[0] ?? [];
        if (isBlank(cells)) return;
        if (this.header === null) {
          this.header = cells.map((cell) => cell.trim());
          this.headerLine = line;
        } else rows.push({ line, cells });
      },
    });
    parser.parse(segment, 0, false);
    this.linesBefore = rowIsLine ? firstLine + countOf(segment, newline) : firstLine + countNewlines(segment, 0, segment.length, this.crBefore);
    this.crBefore = segment.charCodeAt(segment.length - 1) === CR;
    return rows;
  }
}
