import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteRowScanner, type ScannedLine } from '../../../src/data/scan/byteRows';
import { type RawRow } from '../../../src/data/parseCsv';
import { gbk } from '../../support/encode';
import { parseCsv } from '../../support/wholeFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decoderOf = (encoding: 'utf-8' | 'gb18030') => new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });

/** Every line the scanner hands over, as rows (its cells as text), or null when it declines the piece. */
function scanned(bytes: Uint8Array, crlf: boolean, encoding: 'utf-8' | 'gb18030' = 'utf-8', linesBefore = 1): RawRow[] | null {
  const scanner = new ByteRowScanner(0x2c, crlf, decoderOf(encoding));
  const rows: RawRow[] = [];
  const lines = scanner.scan(bytes, linesBefore, (line: ScannedLine) => rows.push(line.rawRow()));
  return lines < 0 ? null : rows;
}

// Cells with no quote: Chinese names, digits, spaces (leading, trailing, ideographic), empty cells.
const cell = fc.constantFrom('', ' ', '\u3000', '代县', '上馆镇', '1401', '  5', '7 ', '合计', '—', 'a b', '140923-0001', '２');
const quoteFreeTable = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe('ByteRowScanner', () => {
  it('gives the rows the text reader gives, line numbers and blank lines included, for any quote-free text (UTF-8 and GBK, LF and CRLF)', () => {
    fc.assert(
      fc.property(quoteFreeTable, fc.boolean(), fc.boolean(), (table, crlf, asGbk) => {
        const newline = crlf ? '\r\n' : '\n';
        const body = table.map((cells) => cells.join(',')).join(newline) + newline;
        const header = `县级代码,县${newline}`;
        const expected = parseCsv(header + body, ',').rows;
        const bytes = asGbk ? gbk(body) : utf8(body);
        expect(scanned(bytes, crlf, asGbk ? 'gb18030' : 'utf-8')).toEqual(expected);
      }),
    );
  });

  it('declines a piece it cannot be sure of: a quote, another kind of line break, a last line without its break', () => {
    expect(scanned(utf8('a,"b"\n'), false)).toBeNull();
    expect(scanned(utf8('a,b\rc\n'), false)).toBeNull();
    expect(scanned(utf8('a,b\nc\r\n'), true)).toBeNull();
    expect(scanned(utf8('a,b\r\nc\rd\r\n'), true)).toBeNull();
    expect(scanned(utf8('a,b\nc'), false)).toBeNull();
    expect(scanned(new Uint8Array(0), false)).toBeNull();
  });

  it('decodes a broken GB18030 character as the text reader does, whatever follows it', () => {
    // 0x81 0x30 starts a four-byte character the delimiter cuts short; 0xA6 and the last 0x81 are leads with no trail.
    const bytes = new Uint8Array([0x81, 0x30, 0x2c, 0x41, 0x0a, 0xa6, 0x0a, 0x42, 0x2c, 0x81, 0x0a]);
    const expected = parseCsv(`h\n${decoderOf('gb18030').decode(bytes)}`, ',').rows;
    expect(scanned(bytes, false, 'gb18030')).toEqual(expected);
  });

  it('throws on bytes strict UTF-8 cannot decode, so the file is read again as GB18030', () => {
    expect(() => scanned(new Uint8Array([0x41, 0x2c, 0xd5, 0xc5, 0x0a]), false)).toThrow(TypeError);
  });

  it('reads a column of more distinct texts than it keeps (household numbers) cell by cell, each as written', () => {
    const ids = Array.from({ length: 70_000 }, (_, index) => `id${index}`);
    const rows = scanned(utf8(ids.map((id) => `${id},代县\n`).join('')), false);
    expect(rows?.map((row) => row.cells[0])).toEqual(ids);
    expect(rows?.every((row) => row.cells[1] === '代县')).toBe(true);
  });

  it('reads a figure from its digit bytes, and says when a cell is not plain digits or is empty', () => {
    const scanner = new ByteRowScanner(0x2c, false, decoderOf('utf-8'));
    const figures: number[][] = [];
    scanner.scan(utf8('12,0007,,1.5,１２, 3,1234567890123456\n'), 1, (line) => figures.push(Array.from({ length: line.count }, (_, index) => line.digits(index))));
    expect(figures).toEqual([[12, 7, -2, -1, -1, -1, -1]]);
  });
});
