import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText, overallAfter, type UploadedText } from '../../support/countedFigures';

/**
 * Property-based specifications of the counting model (issue 12): however the same facts are written (split into
 * totals and breakdowns, pivoted from a roster, shuffled, with columns the schema does not know, spread over
 * appended files) the figures are the facts' sums, and no line that differs from the others in any cell goes
 * unlisted. Every case runs through the engine the page uses. A failure prints the seed and the shrunk file.
 */

const SCALE = Number(process.env['PROPERTY_RUNS_SCALE'] ?? 1);
const RUNS = { numRuns: Math.round(100 * SCALE) };
const TIMEOUT = 60_000 * SCALE;

const TOWNSHIPS = ['上馆镇', '峨口镇', '阳明堡镇', '枣林镇'] as const;
const SITES = ['滨河新区', '一号安置点', '二号安置点'] as const;
const YEARS = [2019, 2020] as const;
const VILLAGES = ['东村', '西村'] as const;
const HEADER = 'county_code,county,period,township,village,site,households,people';

/** One site's relocation in one year: the fact every other way of writing it must add up to. */
interface Fact {
  township: string;
  /** Blank in a file without villages: a case has villages on every fact or on none (a fact without its village would be its site's total). */
  village: string;
  site: string;
  year: number;
  households: number;
  people: number;
}

// At least 2 households a line: a file whose every line gives 1 household is, by the model, a roster.
const factsArb = fc
  .tuple(
    fc.boolean(),
    fc.uniqueArray(
      fc.record({
        township: fc.constantFrom(...TOWNSHIPS),
        village: fc.constantFrom(...VILLAGES),
        site: fc.constantFrom(...SITES),
    year: fc.constantFrom(...YEARS),
        households: fc.integer({ min: 2, max: 60 }),
        perHousehold: fc.integer({ min: 1, max: 6 }),
      }),
      { selector: (fact) => `${fact.township}|${fact.village}|${fact.site}|${fact.year}`, minLength: 1, maxLength: 12 },
    ),
  )
  .map(([withVillages, facts]) =>
    facts
      .map(({ perHousehold, ...fact }): Fact => ({ ...fact, village: withVillages ? fact.village : '', people: fact.households * perHousehold }))
      .filter((fact, index, all) => all.findIndex((other) => other.township === fact.township && other.village === fact.village && other.site === fact.site && other.year === fact.year) === index),
  );

const line = (period: string, township: string, site: string, households: number | string, people: number | string, village = '') =>
  `140923,代县,${period},${township},${village},${site},${households},${people}`;

const factLine = (fact: Fact) => line(String(fact.year), fact.township, fact.site, fact.households, fact.people, fact.village);

function sumOf(facts: readonly Fact[]): { households: number; people: number } {
  return { households: facts.reduce((sum, fact) => sum + fact.households, 0), people: facts.reduce((sum, fact) => sum + fact.people, 0) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Which totals to write above the facts: each village's and each township's per year, the county's per year, a 2019-2020 range, a 全县 line. */
const totalsArb = fc.record({
  villages: fc.array(fc.boolean(), { minLength: TOWNSHIPS.length * VILLAGES.length * YEARS.length, maxLength: TOWNSHIPS.length * VILLAGES.length * YEARS.length }),
  townships: fc.array(fc.boolean(), { minLength: TOWNSHIPS.length * YEARS.length, maxLength: TOWNSHIPS.length * YEARS.length }),
  county: fc.array(fc.boolean(), { minLength: YEARS.length, maxLength: YEARS.length }),
  range: fc.boolean(),
  wording: fc.boolean(),
  totalsFirst: fc.boolean(),
});
type Totals = typeof totalsArb extends fc.Arbitrary<infer T> ? T : never;

/** Lines that are totals of `facts`, each equal to the sum of what it contains, as `totals` chooses. */
function totalLines(facts: readonly Fact[], totals: Totals): { lines: string[]; detail: boolean[] } {
  const lines: string[] = [];
  TOWNSHIPS.forEach((township, t) =>
    VILLAGES.forEach((village, v) =>
      YEARS.forEach((year, y) => {
        const inside = facts.filter((fact) => fact.township === township && fact.village === village && fact.year === year);
        if (inside.length > 0 && totals.villages[(t * VILLAGES.length + v) * YEARS.length + y]) {
          const { households, people } = sumOf(inside);
          lines.push(line(String(year), township, '', households, people, village));
        }
      }),
    ),
  );
  TOWNSHIPS.forEach((township, t) =>
    YEARS.forEach((year, y) => {
      const inside = facts.filter((fact) => fact.township === township && fact.year === year);
      if (inside.length > 0 && totals.townships[t * YEARS.length + y]) {
        const { households, people } = sumOf(inside);
        lines.push(line(String(year), township, '', households, people));
      }
    }),
  );
  YEARS.forEach((year, y) => {
    const inside = facts.filter((fact) => fact.year === year);
    if (inside.length > 0 && totals.county[y]) lines.push(line(String(year), '', '', sumOf(inside).households, sumOf(inside).people));
  });
  const all = sumOf(facts);
  if (totals.range) lines.push(line('2019-2020', '', '', all.households, all.people));
  if (totals.wording) lines.push(line('2019-2020', '全县', '', all.households, all.people));
  return { lines, detail: lines.map(() => false) };
}

/** The facts with the chosen totals, before or after them; `detail` marks the facts' lines. */
function splitIntoTotals(facts: readonly Fact[], totals: Totals): { lines: string[]; detail: boolean[] } {
  const above = totalLines(facts, totals);
  const below = { lines: facts.map(factLine), detail: facts.map(() => true) };
  const [first, second] = totals.totalsFirst ? [above, below] : [below, above];
  return { lines: [...first.lines, ...second.lines], detail: [...first.detail, ...second.detail] };
}

const relocationFile = (lines: readonly string[], header = HEADER, more: Partial<UploadedText> = {}): UploadedText => ({
  fileName: 'relocation.csv',
  datasetId: 'relocation',
  text: `${[header, ...lines].join('\n')}\n`,
  ...more,
});

async function figures(files: readonly UploadedText[]): Promise<{ households: number | null; people: number | null }> {
  const overall = await overallAfter(files);
  return { households: overall.households.value, people: overall.people.value };
}

/** `items` in the order of `keys` (a permutation drawn as sort keys; ties keep their order). */
function permuted<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, index) => ({ item, key: keys[index] ?? 0, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ item }) => item);
}

const keysArb = fc.array(fc.integer(), { minLength: 24, maxLength: 24 });

describe('counting properties (issue 12)', () => {
  it(
    '(a) splitting facts into totals and breakdowns (township, county, a 2019-2020 range, a 全县 line) never changes the figures',
    async () => {
      await fc.assert(
        fc.asyncProperty(factsArb, totalsArb, async (facts, totals) => {
          const { lines } = splitIntoTotals(facts, totals);
          expect(await figures([relocationFile(lines)])).toEqual(sumOf(facts));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    '(b) a roster (one line per household, numbers restarting in each township) and its pivot into township × site rows give the same figures',
    async () => {
      const householdsArb = fc.array(fc.record({ township: fc.constantFrom(...TOWNSHIPS), site: fc.constantFrom(...SITES), people: fc.integer({ min: 1, max: 8 }) }), {
        minLength: 1,
        maxLength: 30,
      });
      await fc.assert(
        fc.asyncProperty(householdsArb, async (households) => {
          const numbered = new Map<string, number>();
          const rosterLines = households.map(({ township, site, people }) => {
            const id = (numbered.get(township) ?? 0) + 1;
            numbered.set(township, id);
            return `140923,代县,2019,${township},,${site},H${id},1,${people}`;
          });
          const roster = relocationFile(rosterLines, 'county_code,county,period,township,village,site,household_id,households,people');
          const pivotLines = [...groupBy(households, ({ township, site }) => `${township},,${site}`)].map(
            ([place, members]) => `140923,代县,2019,${place},${members.length},${members.reduce((sum, member) => sum + member.people, 0)}`,
          );
          const expected = { households: households.length, people: households.reduce((sum, household) => sum + household.people, 0) };
          expect(await figures([roster])).toEqual(expected);
          expect(await figures([relocationFile(pivotLines)])).toEqual(expected);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  describe('(c) shuffling the lines and adding a column the schema does not know', () => {
    it(
      'a 批次 column with a value of its own on every line, the lines shuffled, never changes the figures',
      async () => {
        await fc.assert(
          fc.asyncProperty(factsArb, totalsArb, keysArb, async (facts, totals, keys) => {
            const { lines } = splitIntoTotals(facts, totals);
            const batched = permuted(
              lines.map((text, index) => `${text},B${index + 1}`),
              keys,
            );
            expect(await figures([relocationFile(batched, `${HEADER},批次`)])).toEqual(sumOf(facts));
          }),
          RUNS,
        );
      },
      TIMEOUT,
    );

    it(
      'a 批次 column filled on the breakdown’s lines only, the lines shuffled, never changes the figures',
      async () => {
        await fc.assert(
          fc.asyncProperty(factsArb, totalsArb, keysArb, async (facts, totals, keys) => {
            const { lines, detail } = splitIntoTotals(facts, totals);
            const batched = permuted(
              lines.map((text, index) => `${text},${detail[index] ? `B${index + 1}` : ''}`),
              keys,
            );
            expect(await figures([relocationFile(batched, `${HEADER},批次`)])).toEqual(sumOf(facts));
          }),
          RUNS,
        );
      },
      TIMEOUT,
    );
  });

  it(
    '(d) splitting the lines into two files and appending them in either order gives the figures of one file',
    async () => {
      await fc.assert(
        fc.asyncProperty(factsArb, totalsArb, fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), async (facts, totals, sides) => {
          const { lines } = splitIntoTotals(facts, totals);
          fc.pre(lines.length >= 2);
          const inFirst = lines.map((_, index) => sides[index] ?? false);
          // Both files hold a line: the first line goes wherever the others do not.
          if (inFirst.every((side) => side === inFirst[0])) inFirst[0] = !inFirst[0];
          const a = relocationFile(lines.filter((_, index) => inFirst[index]), HEADER, { fileName: 'a.csv' });
          const b = relocationFile(lines.filter((_, index) => !inFirst[index]), HEADER, { fileName: 'b.csv' });
          const whole = await figures([relocationFile(lines)]);
          expect(whole).toEqual(sumOf(facts));
          expect(await figures([a, { ...b, mode: 'append' }])).toEqual(whole);
          expect(await figures([b, { ...a, mode: 'append' }])).toEqual(whole);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    '(e) every accepted line of a file of totals is counted or listed among the lines not counted',
    async () => {
      // Small pools, so that repeats, conflicts, totals by structure and by wording, ranges and 类别 all occur.
      const lineArb = fc.record({
        period: fc.constantFrom('2019', '2020', '2019-2020'),
        township: fc.constantFrom('', '上馆镇', '峨口镇', '合计'),
        village: fc.constantFrom('', '东村'),
        site: fc.constantFrom('', '滨河新区', '一号安置点'),
        households: fc.constantFrom('', '2', '3', '5', '8'),
        people: fc.constantFrom('6', '9', '15', '24'),
        kind: fc.constantFrom('', '甲', '乙'),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 20 }), async (rows) => {
          const text = rows.map((row) => `${line(row.period, row.township, row.site, row.households, row.people, row.village)},${row.kind}`);
          const result = await importText(relocationFile(text, `${HEADER},类别`));
          const rejected = new Set(result.rejected.map((row) => row.line));
          const counted = new Set(result.records.map((record) => record.line));
          const listed = new Set(result.notCounted.lines.map((entry) => entry.line));
          const unaccounted = rows.map((_, index) => index + 2).filter((at) => !rejected.has(at) && !counted.has(at) && !listed.has(at));
          expect(unaccounted).toEqual([]);
          expect(result.notCounted.total).toBe(result.notCounted.lines.length);
          // A line left out as a repeat is the very line it repeats, cell for cell.
          const repeats = result.notCounted.lines.filter((entry) => entry.reason === 'repeat');
          expect(repeats.map((entry) => [entry.line, text[entry.line - 2]])).toEqual(repeats.map((entry) => [entry.line, text[(entry.ref ?? 0) - 2]]));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
