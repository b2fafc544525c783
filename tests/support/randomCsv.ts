import type { Delimiter } from '../../src/data/parseCsv';

/**
 * Test-only: random CSV texts of the kinds CsvRowReader meets, and random ways to cut them into pieces, for checking
 * that reading a text piece by piece gives what reading it whole gives. Deterministic for a seed.
 */

export interface RandomCsv {
  text: string;
  /** The delimiter the text is written with; a reader may be given it or left to guess it. */
  delimiter: Delimiter;
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];
const NEWLINES = ['\n', '\r\n', '\r'] as const;
const PLAIN = ['', '', 'abc', '140923', '代县', '上馆镇', '2019', '1200', ' x ', '第一行', 'a b'];

/** A quoted cell: text, delimiters, escaped quotes and line breaks of every kind inside, sometimes spaces after. */
function quotedCell(random: Random, delimiter: Delimiter): string {
  let inside = '';
  const parts = 1 + Math.floor(random() * 4);
  for (let i = 0; i < parts; i++) inside += pick(random, ['代县', 'x', delimiter, '""', '\n', '\r\n', '\r', ' ', '']);
  return `"${inside}"${random() < 0.1 ? pick(random, [' ', '  ', '\t']) : ''}`;
}

function cell(random: Random, delimiter: Delimiter, quoteRate: number, otherBreak: string): string {
  const r = random();
  if (r < quoteRate) return quotedCell(random, delimiter);
  // Now and then a stray quote inside an unquoted cell (5"寸), or a line break of another kind than the file's.
  if (r < quoteRate + 0.01) return pick(random, ['5"寸', 'x"', 'a"b"c']);
  if (r < quoteRate + 0.015) return `a${otherBreak}b`;
  return pick(random, PLAIN);
}

/**
 * A text of 1–30 rows of 2–6 cells: some texts have no quote at all, some a few quoted cells among long unquoted
 * stretches, some many; rows end with LF, CRLF or CR; blank rows and empty lines come and go; the last line break
 * is sometimes missing.
 */
export function randomCsv(random: Random): RandomCsv {
  const delimiter = pick(random, DELIMITERS);
  const newline = pick(random, NEWLINES);
  const otherBreak = pick(
    random,
    NEWLINES.filter((kind) => kind !== newline),
  );
  const quoteRate = pick(random, [0, 0, 0.01, 0.05, 0.3]);
  const columns = 2 + Math.floor(random() * 5);
  const rows = 1 + Math.floor(random() * 30);
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const r = random();
    if (r < 0.05) lines.push('');
    else if (r < 0.1) lines.push(delimiter.repeat(columns - 1));
    else lines.push(Array.from({ length: columns }, () => cell(random, delimiter, quoteRate, otherBreak)).join(delimiter));
  }
  return { text: lines.join(newline) + (random() < 0.7 ? newline : ''), delimiter };
}

/** Cuts `text` into pieces: at random places, in pieces of one random size, or one character at a time. */
export function randomPieces(random: Random, text: string): string[] {
  const way = random();
  if (way < 0.1) return [...text].length === text.length ? text.split('') : [text];
  const cuts = new Set<number>();
  if (way < 0.4) {
    const size = 1 + Math.floor(random() * 16);
    for (let at = size; at < text.length; at += size) cuts.add(at);
  } else {
    const count = 1 + Math.floor(random() * Math.max(1, text.length / 3));
    for (let i = 0; i < count; i++) cuts.add(1 + Math.floor(random() * Math.max(1, text.length - 1)));
  }
  const ends = [0, ...[...cuts].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b), text.length];
  return ends.slice(1).map((end, i) => text.slice(ends[i], end));
}
