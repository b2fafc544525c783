import { describe, expect, it } from 'vitest';
import { decodeBytes, encodingPlan, textDecoderFor } from '../../src/data/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string, bom = true): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(unit & 0xff, unit >> 8);
  }
  return new Uint8Array(out);
}

function utf16be(text: string): Uint8Array {
  const out: number[] = [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM as UTF-8', () => {
    expect(decodeBytes(utf8('县,人数\n代县,3676'))).toEqual({ text: '县,人数\n代县,3676', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM as UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('县,人数')]);
    expect(decodeBytes(bytes)).toEqual({ text: '县,人数', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes that are not valid UTF-8 (代县 = B4 FA CF D8)', () => {
    expect(decodeBytes(new Uint8Array([0xb4, 0xfa, 0xcf, 0xd8]))).toEqual({ text: '代县', encoding: 'gb18030' });
  });

  it('decodes a GBK CSV line with ASCII around the Chinese (县,代县 / 140923)', () => {
    // 县 = CF D8, 代 = B4 FA
    const bytes = new Uint8Array([0xcf, 0xd8, 0x2c, 0x31, 0x0a, 0xb4, 0xfa, 0xcf, 0xd8, 0x2c, 0x32]);
    expect(decodeBytes(bytes)).toEqual({ text: '县,1\n代县,2', encoding: 'gb18030' });
  });

  it('reads UTF-16LE with a BOM and drops the BOM', () => {
    expect(decodeBytes(utf16le('代县,3676'))).toEqual({ text: '代县,3676', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a BOM and drops the BOM', () => {
    expect(decodeBytes(utf16be('代县,3676'))).toEqual({ text: '代县,3676', encoding: 'utf-16be' });
  });

  it('reads no bytes as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeBytes after a UTF-8 BOM', () => {
  it('falls back to GB18030 for GBK bytes after a UTF-8 BOM, dropping the BOM (WPS writes such files)', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xb4, 0xfa, 0xcf, 0xd8]))).toEqual({ text: '代县', encoding: 'gb18030' });
  });
});

describe('encodingPlan', () => {
  it.each([
    ['a UTF-16LE BOM', [0xff, 0xfe, 0x2c], { encoding: 'utf-16le', bomLength: 2, fallback: null }],
    ['a UTF-16BE BOM', [0xfe, 0xff, 0x00], { encoding: 'utf-16be', bomLength: 2, fallback: null }],
    ['a UTF-8 BOM', [0xef, 0xbb, 0xbf], { encoding: 'utf-8', bomLength: 3, fallback: 'gb18030' }],
    ['no BOM', [0xb4, 0xfa, 0xcf], { encoding: 'utf-8', bomLength: 0, fallback: 'gb18030' }],
    ['part of a UTF-8 BOM', [0xef, 0xbb], { encoding: 'utf-8', bomLength: 0, fallback: 'gb18030' }],
    ['no bytes', [], { encoding: 'utf-8', bomLength: 0, fallback: 'gb18030' }],
  ])('plans %s', (_name, head, plan) => {
    expect(encodingPlan(new Uint8Array(head))).toEqual(plan);
  });
});

describe('textDecoderFor', () => {
  it('throws on bytes that are not UTF-8, so the fallback can be taken', () => {
    expect(() => textDecoderFor('utf-8').decode(new Uint8Array([0xb4, 0xfa]))).toThrow();
  });

  it('leaves a BOM in the text to the plan (it is skipped as bytes)', () => {
    expect(textDecoderFor('utf-8').decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\ufeffa');
  });
});
