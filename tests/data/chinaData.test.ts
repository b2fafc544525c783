import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/data/parseNumber';
import { DATASETS } from '../../src/data/schema';
import { importShipped } from './support/daiCounty';
import { statedOrParts } from '../../src/data/aggregate/statedOrParts';
import { summarise } from '../../src/data/aggregate/summarise';
import { dataset } from './support/records';

/** data/china/: the programme's national, provincial and county figures as their sources state them. */

type Row = Record<string, string>;

function rowsOf(file: string): Row[] {
  const text = readFileSync(new URL(`../../data/china/${file}`, import.meta.url), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

function figureIn(cell: string): number | null {
  const parsed = parseNumber(cell);
  return parsed.ok ? parsed.value : null;
}

const FILES = ['relocation.csv', 'sites.csv', 'progress.csv'] as const;
const FIGURES: Readonly<Record<(typeof FILES)[number], readonly string[]>> = {
  'relocation.csv': DATASETS.relocation.columns.filter((column) => column.type === 'count').map((column) => column.key),
  'sites.csv': DATASETS.sites.columns.filter((column) => column.type === 'count' || column.type === 'amount').map((column) => column.key),
  'progress.csv': ['value'],
};

// Every number a quote writes, as the app reads numbers: digits with separators, 万/萬 and 亿/億 multiplying them.
function numbersIn(quote: string): Set<number> {
  const text = quote.normalize('NFKC').replace(/萬/g, '万').replace(/億/g, '亿');
  const found = new Set<number>();
  for (const match of text.matchAll(/(\d[\d,，]*(?:\.\d+)?)\s*(?:多|余)?\s*(万|亿)?/gu)) {
    const digits = Number(match[1]!.replace(/[,，]/g, ''));
    const scale = match[2] === '万' ? 10_000 : match[2] === '亿' ? 100_000_000 : 1;
    found.add(Math.round(digits * scale));
  }
  return found;
}

const shipsDai = (row: Row) => row['county_code'] === '140923';

describe.each(FILES)('data/china/%s', (file) => {
  const rows = rowsOf(file);

  it('names a source for every line, and never a web address', () => {
    for (const row of rows) {
      expect(row['source'], `${row['county']} ${row['period'] ?? row['as_of']}`).toMatch(/\S/);
      for (const cell of [row['source'], row['quote'], row['note']]) expect(cell ?? '').not.toMatch(/https?:|www\.|\.com|\.cn\b/i);
    }
  });

  it('writes every figure in the sentence it is quoted from', () => {
    for (const row of rows.filter((row) => !shipsDai(row))) {
      const quoted = numbersIn(row['quote'] ?? '');
      for (const key of FIGURES[file]) {
        const raw = row[key] ?? '';
        if (raw === '') continue;
        const cell = parseNumber(raw);
        expect(cell.ok && cell.value !== null, `${row['county']} ${key} “${raw}”`).toBe(true);
        if (cell.ok && cell.value !== null) expect(quoted.has(Math.round(cell.value)), `${row['county']} ${key} ${raw} in “${row['quote']}”`).toBe(true);
      }
    }
  });
});

describe('data/china as the page imports it', () => {
  it('sites: every line is read, none rejected', () => {
    const result = importShipped('china', 'sites');
    expect(result.rejected).toEqual([]);
    expect(result.rowsRead).toBe(rowsOf('sites.csv').length);
  });

  // The nation's 960多万 and several provinces' figures state registered-poor people alone: a line the contract takes.
  it('relocation: every line is read, none rejected, those stating registered-poor figures alone included', () => {
    const result = importShipped('china', 'relocation');
    expect(result.rejected).toEqual([]);
    expect(result.rowsRead).toBe(rowsOf('relocation.csv').length);
    const registeredPoorOnly = rowsOf('relocation.csv').filter((row) => row['households'] === '' && row['people'] === '');
    expect(registeredPoorOnly.length).toBeGreaterThan(0);
    const nation = result.records.filter((record) => record.county_code === '100000');
    expect(nation.map((record) => record.registered_poor_people)).toEqual(
      rowsOf('relocation.csv').filter((row) => row['county_code'] === '100000').map((row) => figureIn(row['registered_poor_people']!)),
    );
  });

  it('keeps Dai County’s lines exactly as data/dai-county ships them', () => {
    const dai = importShipped('dai-county', 'relocation').records;
    const china = importShipped('china', 'relocation').records.filter((record) => record.county_code === '140923');
    const figures = (record: (typeof dai)[number]) => Object.fromEntries(Object.entries(record).filter(([key]) => !['line', 'file', 'quote'].includes(key)));
    expect(china.map(figures)).toEqual(dai.map(figures));
  });

  it('gives the nation and each province its stated figure, never the sum of it and its parts', () => {
    const relocation = importShipped('china', 'relocation').records;
    const shanxi = statedOrParts(relocation, '140000');
    expect(shanxi.every((record) => record.county_code === '140000')).toBe(true);
    const stated = summarise(dataset({ relocation: relocation.filter((record) => record.county_code === '140000') })).people.value;
    expect(summarise(dataset({ relocation: shanxi })).people.value).toBe(stated);
  });
});
