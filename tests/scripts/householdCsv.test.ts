import { describe, expect, it } from 'vitest';
import { BENCH_SEED, BENCH_SOURCE, HOUSEHOLD_HEADER, householdCsvPieces } from '../../scripts/bench/householdCsv';
import { lookupCounty } from '../../src/data/adminDivisions';
import { matchHeaders } from '../../src/data/matchHeaders';
import { DATASETS } from '../../src/data/schema';

function csv(rows: number, seed?: number, rowsPerPiece?: number): string {
  return [...householdCsvPieces(rows, seed, rowsPerPiece)].join('');
}

/** The data lines (the generator writes CRLF line ends and no quotes), each split into its cells. */
function dataRows(text: string): string[][] {
  const lines = text.split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(1, -1).map((line) => line.split(','));
}

const column = (name: string) => HOUSEHOLD_HEADER.indexOf(name);

describe('householdCsvPieces', () => {
  const text = csv(3000, 7);
  const rows = dataRows(text);

  it('gives the same text for the same seed, and another text for another seed', () => {
    expect(csv(3000, 7)).toBe(text);
    expect(csv(3000, 8)).not.toBe(text);
    expect(csv(50)).toBe(csv(50, BENCH_SEED));
  });

  it('writes the header, then one line per household: the row count asked for', () => {
    expect(text.split('\r\n')[0]).toBe(HOUSEHOLD_HEADER.join(','));
    expect(rows).toHaveLength(3000);
    expect(dataRows(csv(0))).toEqual([]);
    expect(dataRows(csv(1))).toHaveLength(1);
  });

  it('says on every line that the figures are invented (虚构, synthetic)', () => {
    expect(BENCH_SOURCE).toContain('虚构');
    expect(BENCH_SOURCE).toContain('synthetic');
    expect(rows.every((cells) => cells[column('来源')] === BENCH_SOURCE)).toBe(true);
  });

  it('gives every line as many cells as the header, and never a quote', () => {
    expect(text).not.toContain('"');
    expect(rows.every((cells) => cells.length === HOUSEHOLD_HEADER.length)).toBe(true);
  });

  it('names each household once, with a real Shanxi county code and its name, and a year from 2016 to 2020', () => {
    expect(new Set(rows.map((cells) => cells[column('户编号')])).size).toBe(rows.length);
    for (const cells of rows.slice(0, 200)) {
      const code = cells[column('县级代码')]!;
      expect(code.startsWith('14')).toBe(true);
      expect(lookupCounty(code)?.county).toBe(cells[column('县')]);
      expect(['2016', '2017', '2018', '2019', '2020']).toContain(cells[column('年份')]);
    }
  });

  it('writes one household of 1–7 people per line, its parts adding up to the whole', () => {
    for (const cells of rows) {
      const figure = (name: string) => Number(cells[column(name)]);
      expect(figure('搬迁户数')).toBe(1);
      expect(figure('搬迁人数')).toBeGreaterThanOrEqual(1);
      expect(figure('搬迁人数')).toBeLessThanOrEqual(7);
      expect(figure('建档立卡户数') + figure('同步搬迁户数')).toBe(1);
      expect(figure('建档立卡人数') + figure('同步搬迁人数')).toBe(figure('搬迁人数'));
      expect(figure('整体搬迁户数') + figure('插花搬迁户数')).toBe(1);
      expect(figure('整体搬迁人数') + figure('插花搬迁人数')).toBe(figure('搬迁人数'));
    }
  });

  it('yields pieces of the rows asked for each, the header in the first, and the same text however it is cut', () => {
    const pieces = [...householdCsvPieces(25, 7, 10)];
    expect(pieces.map((piece) => piece.split('\r\n').length - 1)).toEqual([11, 10, 5]);
    expect(pieces.join('')).toBe(csv(25, 7, 1000));
  });

  it('has a header the relocation dataset reads in full, household number included', () => {
    const match = matchHeaders(HOUSEHOLD_HEADER, DATASETS.relocation);
    expect([match.missing, match.unknown]).toEqual([[], []]);
    expect(match.indexOf.get('household_id')).toBe(column('户编号'));
  });
});
