import type { RawRow } from '../parseCsv';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const REPLACEMENT = '\ufffd';
const FNV_START = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Past this many distinct texts a column (household numbers, names) is decoded cell by cell, not remembered. */
const DISTINCT_TEXTS_KEPT = 1 << 16;

/** Marks a cell text no reader has read yet. */
export const UNREAD: unique symbol = Symbol('unread');

/** A distinct text of a column, and what a reader made of it, kept with it so that it is made once. */
export interface CellText {
  readonly text: string;
  /** What the validator's plain reading made of the text (see validateTable), UNREAD until it has. */
  reading: unknown;
}

/**
 * The distinct texts of one column, found by their bytes (open addressing on a hash of them): a county, township
 * or site name is decoded the first time it is seen, and every later cell with the same bytes gets the same
 * entry. A column with more distinct texts than are worth keeping (household numbers) is decoded cell by cell,
 * into one entry used again.
 */
class ColumnTexts {
  private slots = new Int32Array(256);
  private hashes: number[] = [];
  private bytes: Uint8Array[] = [];
  private entries: CellText[] = [];
  private wide: { text: string; reading: unknown; chunk: Uint8Array | null; start: number } | null = null;

  constructor(private readonly decode: (chunk: Uint8Array, start: number, end: number) => string) {}

  entryOf(chunk: Uint8Array, start: number, end: number, hash: number): CellText {
    const wide = this.wide;
    if (wide !== null) {
      // Asked again for the cell it holds (read, then looked at as a roster's number), it gives it as read.
      if (wide.chunk === chunk && wide.start === start) return wide;
      wide.text = this.decode(chunk, start, end);
      wide.reading = UNREAD;
      wide.chunk = chunk;
      wide.start = start;
      return wide;
    }
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let taken = this.slots[slot]!; taken !== 0; taken = this.slots[slot]!) {
      const index = taken - 1;
      const bytes = this.bytes[index]!;
      if (this.hashes[index] === hash && bytes.length === length) {
        let at = 0;
        while (at < length && bytes[at] === chunk[start + at]) at++;
        if (at === length) return this.entries[index]!;
      }
      slot = (slot + 1) & mask;
    }
    const entry: CellText = { text: this.decode(chunk, start, end), reading: UNREAD };
    if (this.entries.length >= DISTINCT_TEXTS_KEPT) {
      this.wide = { text: '', reading: UNREAD, chunk: null, start: -1 };
      this.slots = new Int32Array(0);
      this.hashes = [];
      this.bytes = [];
      this.entries = [];
      return entry;
    }
    this.entries.push(entry);
    this.hashes.push(hash);
    this.bytes.push(chunk.slice(start, end));
    this.slots[slot] = this.entries.length;
    if (this.entries.length * 2 > this.slots.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.hashes.length; index++) {
      let slot = this.hashes[index]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
    }
  }
}

/**
 * A cell's bytes as text: ASCII without a decoder call, the rest by the file's decoder. A broken character is
 * decoded with the byte after the cell (a delimiter or line break, always ASCII) and that byte dropped again: how a
 * decoder ends a broken GB18030 sequence depends on what follows it, and the text reader decodes it followed so.
 */
function cellDecoder(decoder: TextDecoder): (chunk: Uint8Array, start: number, end: number) => string {
  return (chunk, start, end) => {
    const bytes = chunk.subarray(start, end);
    for (let index = 0; index < bytes.length; index++) {
      if (bytes[index]! < 0x80) continue;
      const text = decoder.decode(bytes);
      return text.includes(REPLACEMENT) ? decoder.decode(chunk.subarray(start, end + 1)).slice(0, -1) : text;
    }
    return String.fromCharCode.apply(null, bytes as unknown as number[]);
  };
}

/**
 * One line as the byte scanner found it, handed to a reader and then reused for the next line: its cells are
 * ranges of the piece's bytes, read as text (`cell`) or as plain digits (`digits`) only when asked.
 */
export class ScannedLine {
  bytes: Uint8Array = new Uint8Array(0);
  /** The physical line number. */
  line = 0;
  count = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly hashes: number[] = [];

  constructor(private readonly scanner: ByteRowScanner) {}

  /** The text of cell `index`, an entry of its column's dictionary. */
  cell(index: number): CellText {
    return this.scanner.entryOf(index, this);
  }

  /** Cell `index` as a whole number written in plain digits (at most 15); -1 when it is anything else, -2 when empty. */
  digits(index: number): number {
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    if (end === start) return -2;
    if (end - start > 15) return -1;
    const bytes = this.bytes;
    let value = 0;
    for (let at = start; at < end; at++) {
      const digit = bytes[at]! - 48;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  }

  /** The line as the text reader gives it: its cells as strings. */
  rawRow(): RawRow {
    return this.scanner.rawRowOf(this);
  }
}

/**
 * Splits whole lines of a CSV file into cells on the bytes themselves: delimiters and line breaks are single ASCII
 * bytes in UTF-8 and in GB18030 alike, never part of another character. A cell's text comes from its column's
 * dictionary (see ColumnTexts), so a million rows that repeat a few hundred places make a few hundred strings.
 *
 * It reads only what it can be sure of: a piece with no quote at all, whose every line ends with the file's kind
 * of line break. Its lines are then exactly the rows PapaParse reads; `scan` returns false for any other piece,
 * which the text reader then reads.
 */
export class ByteRowScanner {
  private readonly columns: ColumnTexts[] = [];
  private readonly decodeCell: (chunk: Uint8Array, start: number, end: number) => string;
  private readonly current = new ScannedLine(this);

  constructor(
    private readonly delimiter: number,
    private readonly crlf: boolean,
    decoder: TextDecoder,
  ) {
    this.decodeCell = cellDecoder(decoder);
  }

  /**
   * Hands each line of `bytes` (whole lines, ending with a line break), numbered from `linesBefore` + 1, to
   * `onLine`, leaving out wholly blank ones as the text reader does; returns how many physical lines it read,
   * or -1, having handed none, when the piece has a quote or another kind of line break.
   */
  scan(bytes: Uint8Array, linesBefore: number, onLine: (line: ScannedLine) => void): number {
    if (!this.canRead(bytes)) return -1;
    const line = this.current;
    line.bytes = bytes;
    const { starts, ends, hashes } = line;
    const delimiter = this.delimiter;
    const crlf = this.crlf;
    let number = linesBefore;
    let cellStart = 0;
    let cells = 0;
    let hash = FNV_START;
    for (let at = 0; at < bytes.length; at++) {
      const byte = bytes[at]!;
      if (byte === delimiter) {
        starts[cells] = cellStart;
        ends[cells] = at;
        hashes[cells++] = hash;
        cellStart = at + 1;
        hash = FNV_START;
      } else if (byte === LF) {
        const end = crlf ? at - 1 : at;
        starts[cells] = cellStart;
        ends[cells] = end;
        hashes[cells++] = hash;
        line.line = ++number;
        line.count = cells;
        if (!this.isBlank(line)) onLine(line);
        cellStart = at + 1;
        cells = 0;
        hash = FNV_START;
      } else if (byte !== CR) hash = Math.imul(hash ^ byte, FNV_PRIME);
    }
    return number - linesBefore;
  }

  // No quote; every line ends with the file's line break, and no other kind stands inside a line.
  private canRead(bytes: Uint8Array): boolean {
    if (bytes.length === 0 || bytes[bytes.length - 1] !== LF || bytes.indexOf(QUOTE) >= 0) return false;
    if (!this.crlf) return bytes.indexOf(CR) < 0;
    for (let at = bytes.indexOf(CR); at >= 0; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] !== LF) return false;
    for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) if (at === 0 || bytes[at - 1] !== CR) return false;
    return true;
  }

  // A line is blank when every cell trims to nothing: almost every line shows a visible ASCII byte first.
  private isBlank(line: ScannedLine): boolean {
    const bytes = line.bytes;
    for (let index = 0; index < line.count; index++) {
      const start = line.starts[index]!;
      if (start === line.ends[index]) continue;
      const first = bytes[start]!;
      if (first > 0x20 && first < 0x7f) return false;
      if (line.cell(index).text.trim() !== '') return false;
    }
    return true;
  }

  entryOf(index: number, line: ScannedLine): CellText {
    const column = (this.columns[index] ??= new ColumnTexts(this.decodeCell));
    return column.entryOf(line.bytes, line.starts[index]!, line.ends[index]!, line.hashes[index]!);
  }

  rawRowOf(line: ScannedLine): RawRow {
    const cells: string[] = new Array<string>(line.count);
    for (let index = 0; index < line.count; index++) cells[index] = line.cell(index).text;
    return { line: line.line, cells };
  }
}
