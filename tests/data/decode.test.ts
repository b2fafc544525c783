import { describe, expect, it } from 'vitest';
import { encodingPlan, textDecoderFor } from '../../src/data/decode';
import { importAs } from '../support/importAs';
import { gbk, utf16beWithBom, utf16leWithBom, utf8, utf8WithBom } from '../support/encode';

const POPULATION = '县级代码,县,年份,常住人口（万人）\n140923,代县,2020,17.887\n';

/** The encoding the engine read a population file in, and the county name it read. */
function readAs(bytes: Uint8Array): { encoding: string; county: string | undefined } {
  const result = importAs('population', 'p.csv', bytes);
  return { encoding: result.encoding, county: result.records[0]?.county };
}

describe('the encoding plan, as the import engine carries it out', () => {
  it.each([
    ['UTF-8 without a BOM as UTF-8', utf8(POPULATION), 'utf-8'],
    ['UTF-8 with a BOM as UTF-8, the BOM dropped', utf8WithBom(POPULATION), 'utf-8'],
    ['GBK bytes, which are not valid UTF-8, as GB18030', gbk(POPULATION), 'gb18030'],
    ['GBK bytes after a UTF-8 BOM as GB18030, the BOM dropped (WPS writes such files)', new Uint8Array([0xef, 0xbb, 0xbf, ...gbk(POPULATION)]), 'gb18030'],
    ['UTF-16LE with a BOM', utf16leWithBom(POPULATION), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16beWithBom(POPULATION), 'utf-16be'],
  ])('reads %s', (_name, bytes, encoding) => {
    expect(readAs(bytes)).toEqual({ encoding, county: '代县' });
  });

  it('reads no bytes as an empty UTF-8 file', () => {
    expect(importAs('population', 'p.csv', new Uint8Array()).encoding).toBe('utf-8');
  });

  it('reads a file again from its first byte, as GB18030, when its first GBK character comes chunks after the start', () => {
    const ascii = Array.from({ length: 5_000 }, (_, i) => `140923,Dai,${2000 + (i % 20)},${i}`);
    const bytes = gbk(`county_code,county,period,population\n${ascii.join('\n')}\n140923,代县,2020,178870\n`);
    const result = importAs('population', 'p.csv', bytes, { chunkBytes: 4_096 });
    expect(result.encoding).toBe('gb18030');
    expect(result.rowsRead).toBe(ascii.length + 1);
    expect(result.records.map((record) => record.county).filter((county) => county === '代县')).toHaveLength(1);
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
