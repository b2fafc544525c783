import { describe, expect, it } from 'vitest';
import { HOUSEHOLD_ROWS_SAMPLED, HouseholdRowFold } from '../../../src/data/count/foldHouseholdRows';
import { RELOCATION_MEASURES, type RelocationMeasure } from '../../../src/data/count/relocationMeasures';
import { periodOf } from '../../../src/data/parsePeriod';
import type { CellValue, ValidRow } from '../../../src/data/types';

type Figures = Partial<Record<RelocationMeasure, number | null>>;

/** Where a test household lives unless it says otherwise: 代县 2019, 上馆镇, 滨河新区, one source. */
const PLACE: Readonly<Record<string, CellValue>> = {
  county_code: '140923',
  county: '代县',
  period: periodOf(2019, 2019),
  township: '上馆镇',
  site: '滨河新区',
  source: '测试数据',
  note: null,
};

/** An accepted household-level row: every measure blank unless given, so a test states each figure it sums. */
function household(line: number, id: string, figures: Figures = { households: 1, people: 3 }, place: Readonly<Record<string, CellValue>> = {}): ValidRow {
  const measures = Object.fromEntries(RELOCATION_MEASURES.map((measure) => [measure, figures[measure] ?? null]));
  return { line, values: { ...PLACE, ...place, household_id: id, ...measures } };
}

/** An accepted row of stated totals (no household number). */
function statedRow(line: number, figures: Figures = { households: 10, people: 30 }): ValidRow {
  return { line, values: { ...household(line, 'unused', figures).values, household_id: null } };
}

function fold(...rows: ValidRow[]): HouseholdRowFold {
  const folding = new HouseholdRowFold();
  folding.add(rows);
  return folding;
}

describe('HouseholdRowFold', () => {
  describe('adding up', () => {
    it('gives one row for the households of one county, year, township, site and source, with their figures summed', () => {
      const rows = fold(household(2, 'H1', { households: 1, people: 3 }), household(3, 'H2', { households: 1, people: 5 }), household(4, 'H3', { households: 1, people: 1 })).rows();
      expect(rows).toHaveLength(1);
      expect([rows[0]?.values['households'], rows[0]?.values['people'], rows[0]?.householdRows]).toEqual([3, 9, 3]);
    });

    it('puts each of the eleven figures in its own measure (each measure summing to a different number)', () => {
      // Measure i is 100·(i+1) in the first row and i+1 in the second: the sum 101·(i+1) names the measure it came from.
      const first = Object.fromEntries(RELOCATION_MEASURES.map((measure, i) => [measure, 100 * (i + 1)])) as Figures;
      const second = Object.fromEntries(RELOCATION_MEASURES.map((measure, i) => [measure, i + 1])) as Figures;
      const [row] = fold(household(2, 'H1', first), household(3, 'H2', second)).rows();
      expect(RELOCATION_MEASURES).toHaveLength(11);
      expect(row && Object.fromEntries(RELOCATION_MEASURES.map((measure) => [measure, row.values[measure]]))).toEqual(
        Object.fromEntries(RELOCATION_MEASURES.map((measure, i) => [measure, 101 * (i + 1)])),
      );
    });

    it('keeps the group’s place, year and source from its rows, the line of its first row, and no household number', () => {
      const [row] = fold(household(7, 'H1'), household(9, 'H2')).rows();
      expect(row).toEqual({
        line: 7,
        householdRows: 2,
        values: { ...PLACE, household_id: null, ...Object.fromEntries(RELOCATION_MEASURES.map((measure) => [measure, null])), households: 2, people: 6 },
      });
    });

    it.each([
      ['county', { county_code: '140921', county: '定襄县' }],
      ['year', { period: periodOf(2020, 2020) }],
      ['township', { township: '峨口镇' }],
      ['site', { site: '峨口安置点' }],
      ['source', { source: '另一来源' }],
    ])('starts a new group for another %s', (_what, place) => {
      const rows = fold(household(2, 'H1', { households: 1, people: 2 }), household(3, 'H2', { households: 1, people: 4 }, place), household(4, 'H3', { households: 1, people: 8 })).rows();
      expect(rows.map((row) => [row.line, row.values['people'], row.householdRows])).toEqual(
        expect.arrayContaining([
          [2, 10, 2],
          [3, 4, 1],
        ]),
      );
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row.line === 3)?.values).toMatchObject(place);
    });

    it('adds up the same way whether the rows come in one call or one by one', () => {
      const rows = [
        household(2, 'H1', { households: 1, people: 3 }),
        household(3, 'H2', { households: 1, people: 4 }, { township: '峨口镇' }),
        household(4, 'H1', { households: 1, people: 9 }),
        household(5, 'H4', { households: 1, people: 2 }),
      ];
      const oneByOne = new HouseholdRowFold();
      for (const row of rows) oneByOne.add([row]);
      const atOnce = fold(...rows);
      expect(oneByOne.rows()).toEqual(atOnce.rows());
      expect(oneByOne.problems).toEqual(atOnce.problems);
      expect(oneByOne.rowsTaken).toBe(atOnce.rowsTaken);
    });
  });

  describe('a household named twice', () => {
    it('counts a household number repeated in the same township once, with a duplicate_key warning naming the first line', () => {
      const folding = fold(household(2, 'H1', { households: 1, people: 3 }), household(3, 'H2', { households: 1, people: 4 }), household(4, 'H1', { households: 1, people: 50 }));
      expect(folding.problemsFor('households')).toEqual([{ line: 4, column: 'household_id', value: 'H1', code: 'duplicate_key', severity: 'warning', params: { first: 2 } }]);
      const [row] = folding.rows('households');
      expect([row?.values['households'], row?.values['people'], row?.householdRows]).toEqual([2, 7, 3]);
    });

    it('names the first line for every later repeat', () => {
      const folding = fold(household(2, 'H1'), household(3, 'H1'), household(4, 'H1'));
      expect(folding.problemsFor('households').map((problem) => [problem.line, problem.params])).toEqual([
        [3, { first: 2 }],
        [4, { first: 2 }],
      ]);
      expect(folding.rows('households').map((row) => row.values['households'])).toEqual([1]);
    });

    it('takes a number repeated at another site of the same township as a repeat', () => {
      const folding = fold(household(2, 'H1'), household(3, 'H1', undefined, { site: '峨口安置点' }));
      expect(folding.problemsFor('households').map((problem) => [problem.line, problem.code])).toEqual([[3, 'duplicate_key']]);
      expect(folding.rows('households').map((row) => [row.values['site'], row.values['households']])).toEqual([
        ['滨河新区', 1],
        ['峨口安置点', null],
      ]);
    });

    it.each([
      ['another county', { county_code: '140921', county: '定襄县' }],
      ['another year', { period: periodOf(2020, 2020) }],
      ['another township (numbering restarts in each)', { township: '峨口镇' }],
      ['another village of the township', { village: '东村' }],
    ])('does not take the same number in %s for a repeat', (_where, place) => {
      const folding = fold(household(2, 'H1', { households: 1, people: 3 }), household(3, 'H1', { households: 1, people: 4 }, place));
      expect(folding.problemsFor('households')).toEqual([]);
      expect(folding.rows('households').map((row) => [row.line, row.values['people'], row.values['households']])).toEqual([
        [2, 3, 1],
        [3, 4, 1],
      ]);
    });

    it('finds a repeat across separate calls (chunks of a streamed file)', () => {
      const folding = new HouseholdRowFold();
      folding.add([household(2, 'H1')]);
      folding.add([household(3, 'H2')]);
      folding.add([household(4, 'H1')]);
      expect(folding.problemsFor('households').map((problem) => [problem.line, problem.params])).toEqual([[4, { first: 2 }]]);
      expect(folding.repeatCount).toBe(1);
    });
  });

  describe('a roster of persons (each member’s line carries the household’s number)', () => {
    const members = () =>
      fold(household(2, 'H1', { people: null, registered_poor_people: 1 }), household(3, 'H1', { people: null, registered_poor_people: 1 }), household(4, 'H2', { people: null, registered_poor_people: 0 }));

    it('counts households as distinct numbers and people as lines, summing people figures over every line', () => {
      const [row] = members().rows('persons');
      expect([row?.values['households'], row?.values['people'], row?.values['registered_poor_people']]).toEqual([2, 3, 2]);
    });

    it('says how many members’ lines leave a people figure blank, the household’s first line filled or not', () => {
      const folding = fold(household(2, 'H1', { people: null, registered_poor_people: 1 }), household(3, 'H1', { people: null, registered_poor_people: null }), household(4, 'H2', { people: null, registered_poor_people: 1 }));
      expect(folding.rows('persons')[0]?.values['registered_poor_people']).toBe(2);
      expect(folding.problemsFor('persons')).toEqual([
        { line: 3, column: 'registered_poor_people', value: '', code: 'household_figure_blank', severity: 'warning', params: { lines: 1, total: 3 } },
      ]);
    });

    it('warns of no repeat: a repeated number is a member', () => {
      expect(members().problemsFor('persons').filter((problem) => problem.code === 'duplicate_key')).toEqual([]);
    });
  });

  describe('blanks and notes', () => {
    it('sums the households that state a figure when one leaves it blank, and says how many of how many did', () => {
      const folding = fold(
        household(2, 'H1', { households: 1, people: 3, registered_poor_people: 3 }),
        household(3, 'H2', { households: 1, people: 4, registered_poor_people: null }),
        household(4, 'H3', { households: 1, people: 2, registered_poor_people: 2 }),
      );
      const [row] = folding.rows('households');
      expect([row?.values['households'], row?.values['people'], row?.values['registered_poor_people']]).toEqual([3, 9, 5]);
      expect(folding.problemsFor('households')).toEqual([
        { line: 3, column: 'registered_poor_people', value: '', code: 'household_figure_blank', severity: 'warning', params: { lines: 1, total: 3 } },
      ]);
    });

    it('leaves a figure no household states unknown (null), without a warning', () => {
      const folding = fold(household(2, 'H1', { households: 1, people: 3 }), household(3, 'H2', { households: 1, people: 4 }));
      expect(folding.rows('households')[0]?.values['registered_poor_people']).toBeNull();
      expect(folding.problemsFor('households')).toEqual([]);
    });

    it('counts a household whose households cell is blank as one', () => {
      const [row] = fold(household(2, 'H1', { people: 3 }), household(3, 'H2', { people: 4 })).rows('households');
      expect(row?.values['households']).toBe(2);
    });

    it('counts a 0 as a figure, not a blank', () => {
      const [row] = fold(household(2, 'H1', { households: 1, people: 3, villages: 0 }), household(3, 'H2', { households: 1, people: 4, villages: 0 })).rows();
      expect(row?.values['villages']).toBe(0);
    });

    it('keeps the note when every row gives the same one', () => {
      const [row] = fold(household(2, 'H1', undefined, { note: '测试' }), household(3, 'H2', undefined, { note: '测试' }), household(4, 'H3', undefined, { note: '测试' })).rows();
      expect(row?.values['note']).toBe('测试');
    });

    it.each([
      ['differ', ['甲', '乙', '甲']],
      ['are blank in one row', ['甲', null, '甲']],
      ['are blank in the first row only', [null, '甲', '甲']],
    ])('drops the note (null) when the rows’ notes %s', (_how, notes) => {
      const [row] = fold(...notes.map((note, i) => household(2 + i, `H${i}`, undefined, { note }))).rows();
      expect(row?.values['note']).toBeNull();
    });
  });

  describe('what it takes', () => {
    it('takes every row it is given, leaving none, and counts a line without a household number as a household', () => {
      const folding = new HouseholdRowFold();
      expect(folding.add([household(2, 'H1'), statedRow(3, { households: 1, people: 5 }), household(4, 'H2')])).toEqual([]);
      const [row] = folding.rows('households');
      expect([row?.values['households'], row?.values['people'], folding.rowsTaken]).toEqual([3, 11, 3]);
    });

    it('warns of a blank household number only when the file has a household number column', () => {
      const withColumn = new HouseholdRowFold();
      withColumn.hasHouseholdColumn = true;
      withColumn.add([household(2, 'H1'), statedRow(3, { households: 1, people: 5 })]);
      const without = fold(statedRow(2, { households: 1, people: 5 }), statedRow(3, { households: 1, people: 5 }));
      expect(withColumn.problemsFor('households')).toEqual([{ line: 3, column: 'household_id', value: '', code: 'household_id_blank', severity: 'warning' }]);
      expect(without.problemsFor('households')).toEqual([]);
    });

    it('counts in rowsTaken every row it took, repeats included, across calls, and in oneHousehold those giving exactly 1', () => {
      const folding = new HouseholdRowFold();
      folding.add([household(2, 'H1'), household(3, 'H2', { households: 2, people: 6 })]);
      folding.add([household(4, 'H1')]);
      expect([folding.rowsTaken, folding.oneHousehold, folding.repeatCount]).toEqual([3, 2, 1]);
    });

    it('gives no rows, no problems and no sample when it has taken nothing', () => {
      const folding = new HouseholdRowFold();
      expect([folding.rows(), folding.problemsFor('households'), folding.sample, folding.rowsTaken]).toEqual([[], [], [], 0]);
    });

    it(`keeps the first ${HOUSEHOLD_ROWS_SAMPLED} rows as they were read, across calls`, () => {
      const households = [2, 3, 5, 6, 8, 9, 10].map((line) => household(line, `H${line}`, { households: 1, people: line }));
      const folding = new HouseholdRowFold();
      folding.add(households.slice(0, 3));
      folding.add(households.slice(3));
      expect(folding.sample).toEqual(households.slice(0, HOUSEHOLD_ROWS_SAMPLED));
    });
  });
});
