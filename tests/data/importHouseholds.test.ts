import { describe, expect, it } from 'vitest';
import { PREVIEW_ROWS } from '../../src/data/finishImport';
import { importStream } from '../../src/data/importStream';
import { summariseImport } from '../../src/data/export/importSummary';
import type { RelocationRecord } from '../../src/data/types';
import { HOUSEHOLD_HEADER, householdCsvPieces } from '../../scripts/bench/householdCsv';
import { toBlob, utf8 } from '../support/encode';
import { imported, recordsOf } from '../support/fixtures';
import { importAs } from '../support/importAs';

/** A synthetic household-level file: one line per household (see scripts/bench/householdCsv.ts). */
const ROWS = 2000;
const TEXT = [...householdCsvPieces(ROWS, 20240601)].join('');
const BYTES = utf8(TEXT);

/** The file's data lines split into cells by hand: the generator writes CRLF line ends and no quotes. */
const LINES = TEXT.split('\r\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line) => line.split(','));

const at = (name: string) => HOUSEHOLD_HEADER.indexOf(name);

/** What the file's lines add up to, column by column, without the importer. */
function sumOf(column: string, lines: readonly string[][] = LINES): number {
  return lines.reduce((sum, cells) => sum + Number(cells[at(column)]), 0);
}

function recordsIn(result: ReturnType<typeof importAs>): RelocationRecord[] {
  return recordsOf(result, 'relocation');
}

function total(records: readonly RelocationRecord[], measure: keyof RelocationRecord): number {
  return records.reduce((sum, record) => sum + ((record[measure] as number | null) ?? 0), 0);
}

const oneShot = importAs('relocation', 'households.csv', BYTES);

describe('a household-level file (one line per household)', () => {
  it('is generated with quotes nowhere and as many lines as asked for (a precondition of the sums below)', () => {
    expect(TEXT).not.toContain('"');
    expect(LINES).toHaveLength(ROWS);
    expect(LINES.every((cells) => cells.length === HOUSEHOLD_HEADER.length)).toBe(true);
  });

  it('accepts every line, without a problem', () => {
    expect([oneShot.rowsRead, oneShot.rowsAccepted, oneShot.rejected, oneShot.problems]).toEqual([ROWS, ROWS, [], []]);
    expect(oneShot.problemTally).toEqual({ errors: 0, warnings: 0, byCode: {}, linesWithWarnings: 0 });
    expect(summariseImport(oneShot)).toMatchObject({ rowsRead: ROWS, rowsAccepted: ROWS, rowsRejected: 0, errors: 0, warnings: 0 });
  });

  it('adds the households up into one record per county, year, township and site, each saying how many lines it holds', () => {
    const records = recordsIn(oneShot);
    const groups = new Set(LINES.map((cells) => ['县级代码', '年份', '乡镇', '安置点'].map((name) => cells[at(name)]).join('|')));
    expect(records).toHaveLength(groups.size);
    expect(records.length).toBeLessThan(ROWS);
    expect(records.every((record) => record.householdRows >= 1 && record.household_id === null)).toBe(true);
    expect(records.reduce((sum, record) => sum + record.householdRows, 0)).toBe(ROWS);
    // The report says the same: every line of the roster in one of the rows it made.
    expect(summariseImport(oneShot)).toMatchObject({ householdRows: ROWS, householdGroups: records.length });
  });

  it('counts the people and households the file’s lines add up to', () => {
    const records = recordsIn(oneShot);
    expect(total(records, 'people')).toBe(sumOf('搬迁人数'));
    expect(total(records, 'households')).toBe(sumOf('搬迁户数'));
    expect(total(records, 'households')).toBe(ROWS);
  });

  it('counts every figure the file gives where the lines put it, and leaves the villages it does not give unknown', () => {
    const records = recordsIn(oneShot);
    const columns = {
      registered_poor_households: '建档立卡户数',
      registered_poor_people: '建档立卡人数',
      synchronous_households: '同步搬迁户数',
      synchronous_people: '同步搬迁人数',
      whole_village_households: '整体搬迁户数',
      whole_village_people: '整体搬迁人数',
      scattered_households: '插花搬迁户数',
      scattered_people: '插花搬迁人数',
    } as const;
    for (const [measure, name] of Object.entries(columns)) expect([measure, total(records, measure as keyof RelocationRecord)]).toEqual([measure, sumOf(name)]);
    expect(records.every((record) => record.villages === null)).toBe(true);
  });

  it('counts the people of each county and year as its lines add up to', () => {
    const expected = new Map<string, number>();
    for (const cells of LINES) {
      const key = `${cells[at('县级代码')]}|${cells[at('年份')]}`;
      expected.set(key, (expected.get(key) ?? 0) + Number(cells[at('搬迁人数')]));
    }
    const counted = new Map<string, number>();
    for (const record of recordsIn(oneShot)) {
      const key = `${record.county_code}|${record.period.label}`;
      counted.set(key, (counted.get(key) ?? 0) + (record.people ?? 0));
    }
    expect(counted).toEqual(expected);
  });

  it(`previews the first ${PREVIEW_ROWS} lines as they were read, each with its household number`, () => {
    expect(oneShot.preview.map((record) => [record.line, record.household_id, record.people])).toEqual(
      LINES.slice(0, PREVIEW_ROWS).map((cells, index) => [index + 2, cells[at('户编号')], Number(cells[at('搬迁人数')])]),
    );
  });

  it.each([7, 64, 1000, 65_536, undefined])('gives the same result streamed in chunks of %s bytes as read at once', async (chunkBytes) => {
    const streamed = imported(await importStream(toBlob(BYTES), 'households.csv', { chunkBytes }));
    expect(streamed).toEqual(oneShot);
  });

  describe('with households named twice', () => {
    // The first three households again at the end, with other figures: each is a repeat, counted once.
    const repeats = LINES.slice(0, 3).map((cells) => cells.map((cell, index) => (index === at('搬迁人数') ? '7' : cell)).join(','));
    const bytes = utf8(`${TEXT}${repeats.join('\r\n')}\r\n`);
    const result = importAs('relocation', 'households.csv', bytes);

    it('warns on each repeat, naming the line it repeats, and counts each household once', () => {
      expect(result.problems.map((problem) => [problem.line, problem.column, problem.code, problem.params])).toEqual([
        [ROWS + 2, 'household_id', 'duplicate_key', { first: 2 }],
        [ROWS + 3, 'household_id', 'duplicate_key', { first: 3 }],
        [ROWS + 4, 'household_id', 'duplicate_key', { first: 4 }],
      ]);
      expect([result.rowsAccepted, result.problemTally.warnings, result.problemTally.linesWithWarnings]).toEqual([ROWS + 3, 3, 3]);
      expect(total(recordsIn(result), 'people')).toBe(sumOf('搬迁人数'));
      expect(total(recordsIn(result), 'households')).toBe(ROWS);
    });

    it.each([7, 4096])('gives the same streamed in chunks of %i bytes', async (chunkBytes) => {
      expect(imported(await importStream(toBlob(bytes), 'households.csv', { chunkBytes }))).toEqual(result);
    });
  });
});

describe('a large household-level file (100,000 lines, spread over every county of Shanxi)', () => {
  const LARGE_ROWS = 100_000;
  const largeText = [...householdCsvPieces(LARGE_ROWS, 7)].join('');
  const largeBytes = utf8(largeText);
  const largeLines = largeText
    .split('\r\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  let largeResult: ReturnType<typeof importAs> | undefined;
  const large = () => (largeResult ??= importAs('relocation', 'households.csv', largeBytes));

  it('becomes far fewer records than lines, counting every line once', { timeout: 30_000 }, () => {
    const records = recordsIn(large());
    expect([large().rowsAccepted, large().problems]).toEqual([LARGE_ROWS, []]);
    expect(records.length).toBeLessThan(LARGE_ROWS / 5);
    expect(records.reduce((sum, record) => sum + record.householdRows, 0)).toBe(LARGE_ROWS);
    expect(total(records, 'people')).toBe(sumOf('搬迁人数', largeLines));
    expect(total(records, 'households')).toBe(LARGE_ROWS);
  });

  it('gives the same result streamed in the default 1 MiB chunks', { timeout: 30_000 }, async () => {
    expect(largeBytes.length).toBeGreaterThan(5 * (1 << 20));
    expect(imported(await importStream(toBlob(largeBytes), 'households.csv'))).toEqual(large());
  });
});

describe('household lines beside a row of stated totals for the same county and year', () => {
  const HEADER = '县级代码,县,年份,乡镇,安置点,户编号,搬迁户数,搬迁人数';
  /** Three households of 代县 2019 (lines 3–5), in two townships: 3 households, 10 people. */
  const HOUSEHOLDS = ['140923,代县,2019,上馆镇,滨河新区,H1,1,3', '140923,代县,2019,上馆镇,滨河新区,H2,1,4', '140923,代县,2019,峨口镇,峨口新区,H3,1,3'];

  function run(...lines: string[]) {
    return importAs('relocation', 'mixed.csv', utf8(`${[HEADER, ...lines].join('\r\n')}\r\n`));
  }

  it('counts the county’s stated total once, not also its households, when they agree', () => {
    const result = run('140923,代县,2019,,,,3,10', ...HOUSEHOLDS);
    expect(result.problems).toEqual([]);
    expect(recordsIn(result).map((record) => [record.line, record.households, record.people, record.householdRows])).toEqual([[2, 3, 10, 0]]);
    expect(result.rowsAccepted).toBe(4);
  });

  it('keeps the stated total and warns when the households add up to something else, naming their groups’ lines', () => {
    const result = run('140923,代县,2019,,,,3,12', ...HOUSEHOLDS);
    expect(result.problems).toEqual([
      { line: 2, column: 'people', value: '12', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 10, lines: '3, 5' } },
    ]);
    expect(recordsIn(result).map((record) => [record.line, record.households, record.people])).toEqual([[2, 3, 12]]);
  });

  it('takes a figure the total leaves blank from its households, marked as derived', () => {
    const result = run('140923,代县,2019,,,,3,', ...HOUSEHOLDS);
    const [record] = recordsIn(result);
    expect([recordsIn(result).length, record?.people, record?.derived]).toEqual([1, 10, ['people']]);
  });

  it('never takes households without a township or site for the county’s total: they are its breakdown', () => {
    const result = run('140923,代县,2019,,,,2,9', '140923,代县,2019,,,H1,1,3', '140923,代县,2019,,,H2,1,4');
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.code, problem.params])).toEqual([
      [2, 'people', 'detail_sum_mismatch', { computed: 7, lines: '3' }],
    ]);
    expect(recordsIn(result).map((record) => [record.line, record.people, record.householdRows])).toEqual([[2, 9, 0]]);
  });

  it('never takes households without a site for their township’s total: a stated site row of that township still counts', () => {
    const result = run('140923,代县,2019,上馆镇,滨河新区,,5,20', '140923,代县,2019,上馆镇,,H1,1,3', '140923,代县,2019,上馆镇,,H2,1,4');
    expect(result.problems).toEqual([]);
    expect(recordsIn(result).map((record) => [record.line, record.site, record.people, record.householdRows])).toEqual([
      [2, '滨河新区', 20, 0],
      [3, null, 7, 2],
    ]);
  });

  it('counts households without a township or site as they add up when no total is stated', () => {
    const result = run('140923,代县,2019,,,H1,1,3', '140923,代县,2019,,,H2,1,4');
    expect(result.problems).toEqual([]);
    expect(recordsIn(result).map((record) => [record.line, record.township, record.people, record.householdRows])).toEqual([[2, null, 7, 2]]);
  });

  it('counts a township’s stated total, not also its households', () => {
    const result = run('140923,代县,2019,上馆镇,,,2,7', ...HOUSEHOLDS);
    expect(result.problems).toEqual([]);
    expect(recordsIn(result).map((record) => [record.line, record.township, record.people, record.householdRows])).toEqual([
      [2, '上馆镇', 7, 0],
      [5, '峨口镇', 3, 1],
    ]);
  });

  it('does not hold another year’s households against the total', () => {
    const result = run('140923,代县,2019,,,,3,10', ...HOUSEHOLDS, '140923,代县,2020,上馆镇,滨河新区,H1,1,6');
    expect(result.problems).toEqual([]);
    expect(recordsIn(result).map((record) => [record.line, record.period.label, record.people])).toEqual([
      [2, '2019', 10],
      [6, '2020', 6],
    ]);
  });

  it('previews the first lines as read, households with their numbers, totals without', () => {
    const result = run('140923,代县,2019,,,,3,10', ...HOUSEHOLDS);
    expect(result.preview.map((record) => [record.line, record.household_id, record.people])).toEqual([
      [2, null, 10],
      [3, 'H1', 3],
      [4, 'H2', 4],
      [5, 'H3', 3],
    ]);
  });

  it.each([1, 7, 64])('gives the same streamed in chunks of %i bytes', async (chunkBytes) => {
    const lines = ['140923,代县,2019,,,,3,12', ...HOUSEHOLDS, '140923,代县,2019,上馆镇,滨河新区,H2,1,4'];
    const bytes = utf8(`${[HEADER, ...lines].join('\r\n')}\r\n`);
    const streamed = imported(await importStream(toBlob(bytes), 'mixed.csv', { chunkBytes }));
    expect(streamed).toEqual(importAs('relocation', 'mixed.csv', bytes));
    expect(streamed.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [2, 'detail_sum_mismatch'],
      [6, 'duplicate_key'],
    ]);
  });
});
