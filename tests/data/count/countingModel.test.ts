import { describe, expect, it } from 'vitest';
import { filterDataset } from '../../../src/data/aggregate/filterDataset';
import { latestSnapshots } from '../../../src/data/aggregate/latestSnapshots';
import { periodOf } from '../../../src/data/parsePeriod';
import type { DatasetId } from '../../../src/data/schema';
import type { Dataset } from '../../../src/data/types';
import { figuresOf, importText, overallAfter, uploadAll, type UploadedText } from '../../support/countedFigures';
import { daiCountyDataset, shippedBytes } from '../support/daiCounty';

/**
 * The counting model of issue 12, end to end: each file is written out here as an analyst's office produces it,
 * uploaded through the engine the page uses, and read back as the county table shows it. Every right figure is
 * worked out by hand beside its file.
 */

const relocation = (text: string, more: Partial<UploadedText> = {}): UploadedText => ({ fileName: 'relocation.csv', text, datasetId: 'relocation', ...more });
const jobs = (text: string, more: Partial<UploadedText> = {}): UploadedText => ({ fileName: 'jobs.csv', text, datasetId: 'jobs', ...more });
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

/** The sites the page keeps (the latest snapshot of each), with their residents added up. */
function sitesShown(data: Dataset): { sites: number; households: number; people: number } {
  const sites = latestSnapshots(filterDataset(data, { counties: [], period: null })).sites;
  return {
    sites: sites.length,
    households: sites.reduce((sum, site) => sum + (site.households ?? 0), 0),
    people: sites.reduce((sum, site) => sum + (site.people ?? 0), 0),
  };
}

const RELOCATION_HEADER = 'county_code,county,period,township,site,households,people';
const ROSTER_HEADER = 'county_code,county,period,township,site,household_id,households,people';

describe('the counting model (issue 12): each example of the issue’s table', () => {
  it('counts a park and three unit types named 上馆镇 as four facts: 880 jobs, no line called a repeat', async () => {
    const file = jobs(
      csv(
        'county_code,county,period,township,unit,unit_type,units,jobs',
        '140923,代县,2020,,滨河扶贫产业园区,industrial_park,1,500',
        '140923,代县,2020,,上馆镇,township_workshop,1,120',
        '140923,代县,2020,,上馆镇,family_workshop,1,60',
        '140923,代县,2020,,上馆镇,enterprise,1,200',
      ),
    );
    const { data, results } = await uploadAll([file]);
    // 500 + 120 + 60 + 200
    expect(figuresOf(data).overall.jobs.value).toBe(880);
    expect(results[0]?.notCounted.total).toBe(0);
    expect(results[0]?.problems.filter((problem) => problem.code === 'duplicate_key')).toEqual([]);
  });

  it('reads a roster with a 户主姓名 column and no 户编号 as one household a line: 5 households, 20 people', async () => {
    const file = relocation(
      csv(
        '县级代码,县,年份,乡镇,安置点,户主姓名,搬迁人数',
        '140923,代县,2019,上馆镇,滨河新区,张三,4',
        '140923,代县,2019,上馆镇,滨河新区,李四,3',
        '140923,代县,2019,上馆镇,滨河新区,王五,5',
        '140923,代县,2019,峨口镇,峨口安置点,赵六,6',
        '140923,代县,2019,峨口镇,峨口安置点,钱七,2',
      ),
    );
    const { data, results } = await uploadAll([file]);
    const { overall } = figuresOf(data);
    // five lines, one household each; 4 + 3 + 5 + 6 + 2 people
    expect([overall.households.value, overall.people.value]).toEqual([5, 20]);
    expect(results[0]?.reading.reading).toBe('households');
  });

  it('counts three households of one site (households 1; people 4, 3, 4; no id) as 3 households, 11 people', async () => {
    const overall = await overallAfter([
      relocation(csv(RELOCATION_HEADER, '140923,代县,2019,上馆镇,滨河新区,1,4', '140923,代县,2019,上馆镇,滨河新区,1,3', '140923,代县,2019,上馆镇,滨河新区,1,4')),
    ]);
    // 1 + 1 + 1 households; 4 + 3 + 4 people: lines 2 and 4 are identical, yet two households
    expect([overall.households.value, overall.people.value]).toEqual([3, 11]);
  });

  it('counts one row per origin village (a 村 column), two villages with identical figures included: 75 / 255', async () => {
    const overall = await overallAfter([
      relocation(
        csv(
          '县级代码,县,年份,乡镇,村,搬迁户数,搬迁人数',
          '140923,代县,2019,上馆镇,东村,20,70',
          '140923,代县,2019,上馆镇,西村,20,70',
          '140923,代县,2019,峨口镇,南村,15,50',
          '140923,代县,2019,峨口镇,北村,20,65',
        ),
      ),
    ]);
    // 20 + 20 + 15 + 20 households; 70 + 70 + 50 + 65 people
    expect([overall.households.value, overall.people.value]).toEqual([75, 255]);
  });

  it('never counts a 上馆镇小计 row or a 全县 row among township rows (75 / 255), and lists both as totals by wording', async () => {
    const { data, results } = await uploadAll([
      relocation(
        csv(
          RELOCATION_HEADER,
          '140923,代县,2019,上馆镇,滨河新区,30,100',
          '140923,代县,2019,上馆镇,上馆安置点,20,70',
          '140923,代县,2019,上馆镇小计,,50,170',
          '140923,代县,2019,峨口镇,峨口安置点,25,85',
          '140923,代县,2019,全县,,75,255',
        ),
      ),
    ]);
    const { overall } = figuresOf(data);
    // 30 + 20 + 25 households; 100 + 70 + 85 people
    expect([overall.households.value, overall.people.value]).toEqual([75, 255]);
    const byWording = results[0]?.notCounted.lines.filter((line) => line.reason === 'total_by_wording').map((line) => line.line);
    expect(byWording).toEqual([4, 6]);
  });

  describe('a county 2016-2020 total with its townships’ 2019 and 2020 rows below it', () => {
    const file = relocation(
      csv(
        'county_code,county,period,township,households,people',
        '140923,代县,2016-2020,,,3676',
        '140923,代县,2019,上馆镇,,900',
        '140923,代县,2019,峨口镇,,900',
        '140923,代县,2020,上馆镇,,1000',
        '140923,代县,2020,峨口镇,,876',
      ),
    );

    it('counts the range alone without a filter: 3,676 people', async () => {
      const overall = await overallAfter([file]);
      // the range; its years (900 + 900 + 1000 + 876) are inside it
      expect(overall.people.value).toBe(3676);
    });

    it('counts the townships’ 2019 rows when the period filter shows 2019 only', async () => {
      const { data } = await uploadAll([file]);
      // 900 + 900: the range lies outside 2019 and drops out
      expect(figuresOf(data, { period: periodOf(2019, 2019) }).overall.people.value).toBe(1800);
    });
  });

  it('keeps Dai County at 3,676 people when its township years are appended to the shipped 2016-2020 total', async () => {
    const appended = relocation(csv('county_code,county,period,township,households,people', '140923,代县,2019,上馆镇,,1800', '140923,代县,2020,峨口镇,,1876'), {
      mode: 'append',
    });
    const { data } = await uploadAll([appended], daiCountyDataset());
    // the shipped 2016-2020 range (3,676) contains 2019 and 2020 (1800 + 1876 are not added to it)
    expect(figuresOf(data).overall.people.value).toBe(3676);
    // shown alone, 2019 is the appended township row
    expect(figuresOf(data, { period: periodOf(2019, 2019) }).overall.people.value).toBe(1800);
  });

  it('counts a park’s 2020 row, not also its 2016-2020 row: 520 jobs', async () => {
    const overall = await overallAfter([
      jobs(csv('county_code,county,period,unit,unit_type,units,jobs', '140923,代县,2016-2020,滨河扶贫产业园区,industrial_park,1,500', '140923,代县,2020,滨河扶贫产业园区,industrial_park,1,520')),
    ]);
    // one park, one snapshot: the 2020 row ends with the range and is the more specific
    expect(overall.jobs.value).toBe(520);
  });
});

describe('the counting model in sites, income and population files', () => {
  const sitesFile = (...lines: string[]): UploadedText => ({ fileName: 'sites.csv', datasetId: 'sites', text: csv('county_code,county,period,township,site,households,people', ...lines) });

  it('counts a site name used in two townships as two sites', async () => {
    const { data } = await uploadAll([sitesFile('140923,代县,2020,上馆镇,新村安置点,100,350', '140923,代县,2020,峨口镇,新村安置点,80,260')]);
    // 100 + 80 households; 350 + 260 people
    expect(sitesShown(data)).toEqual({ sites: 2, households: 180, people: 610 });
  });

  it('does not add a township’s total row (site 上馆镇小计) to the site rows below it', async () => {
    const { data } = await uploadAll([
      sitesFile('140923,代县,2020,上馆镇,上馆镇小计,180,610', '140923,代县,2020,上馆镇,滨河新区,100,350', '140923,代县,2020,上馆镇,上馆安置点,80,260'),
    ]);
    // 100 + 80; 350 + 260: the total row states the same and counts once, as itself or as its sites
    expect([sitesShown(data).households, sitesShown(data).people]).toEqual([180, 610]);
  });

  it('takes a township row with the site left blank as the total of its sites, not one more site', async () => {
    const { data, results } = await uploadAll([
      sitesFile('140923,代县,2020,上馆镇,,180,610', '140923,代县,2020,上馆镇,滨河新区,100,350', '140923,代县,2020,上馆镇,上馆安置点,80,260'),
    ]);
    // 100 + 80; 350 + 260, whichever of the total and its breakdown stands
    expect([sitesShown(data).households, sitesShown(data).people]).toEqual([180, 610]);
    expect(results[0]?.rejected).toEqual([]);
    expect(results[0]?.notCounted.lines.map((line) => [line.line, line.reason, line.ref])).toEqual([
      [3, 'in_total', 2],
      [4, 'in_total', 2],
    ]);
  });

  it('counts one mechanism in two townships as two mechanisms: their households add, the gain is weighted by them', async () => {
    const { data } = await uploadAll([
      {
        fileName: 'income.csv',
        datasetId: 'income',
        text: csv('county_code,county,period,township,mechanism,households,income_gain_per_household_yuan', '140923,代县,2020,上馆镇,务工,100,2000', '140923,代县,2020,峨口镇,务工,50,1000'),
      },
    ]);
    const { overall } = figuresOf(data);
    // 100 + 50 households; (100 × 2000 + 50 × 1000) / 150 yuan
    expect(overall.income_households.value).toBe(150);
    expect(overall.income_gain_per_household_yuan.value).toBeCloseTo(250_000 / 150, 6);
  });

  it('takes the latest census as the population, never the sum of two censuses', async () => {
    const { data } = await uploadAll([
      relocation(csv(RELOCATION_HEADER, '140923,代县,2020,上馆镇,滨河新区,1000,3676')),
      { fileName: 'population.csv', datasetId: 'population', text: csv('county_code,county,period,population', '140923,代县,2010,190000', '140923,代县,2020,178870') },
    ]);
    const { overall } = figuresOf(data);
    // the 2020 census, not 190000 + 178870
    expect(overall.population).toBe(178870);
    expect(overall.people_per_1000_residents).toBeCloseTo((3676 / 178870) * 1000, 9);
  });
});

describe('the counting model across appended files and in rosters', () => {
  it('lets a county total count when a file of its townships for the same year is appended after it', async () => {
    const county = relocation(csv(RELOCATION_HEADER, '140923,代县,2019,,,100,350'), { fileName: 'county.csv' });
    const townships = relocation(csv(RELOCATION_HEADER, '140923,代县,2019,上馆镇,,60,200', '140923,代县,2019,峨口镇,,40,150'), { fileName: 'townships.csv', mode: 'append' });
    const overall = await overallAfter([county, townships]);
    // the county's 100 / 350 (its townships' 60 + 40, 200 + 150 are inside it)
    expect([overall.households.value, overall.people.value]).toEqual([100, 350]);
  });

  it('counts a file appended a second time once: its lines repeat the first’s exactly', async () => {
    const text = csv(RELOCATION_HEADER, '140923,代县,2019,上馆镇,,60,200', '140923,代县,2019,峨口镇,,40,150');
    const overall = await overallAfter([relocation(text), relocation(text, { mode: 'append' })]);
    // 60 + 40; 200 + 150, once
    expect([overall.households.value, overall.people.value]).toEqual([100, 350]);
  });

  it('never counts a roster line whose 户编号 says it is a total (合计), and lists it', async () => {
    const { data, results } = await uploadAll([
      relocation(csv(ROSTER_HEADER, '140923,代县,2019,上馆镇,滨河新区,H1,1,4', '140923,代县,2019,上馆镇,滨河新区,H2,1,3', '140923,代县,2019,上馆镇,滨河新区,合计,2,7')),
    ]);
    const { overall } = figuresOf(data);
    // H1 + H2: 1 + 1 households, 4 + 3 people
    expect([overall.households.value, overall.people.value]).toEqual([2, 7]);
    expect(results[0]?.notCounted.lines.filter((line) => line.reason === 'total_by_wording').map((line) => line.line)).toEqual([4]);
  });

  it('counts household numbers that restart in each township as different households (H1 in 上馆镇 and H1 in 峨口镇)', async () => {
    const overall = await overallAfter([
      relocation(
        csv(ROSTER_HEADER, '140923,代县,2019,上馆镇,滨河新区,H1,1,4', '140923,代县,2019,上馆镇,滨河新区,H2,1,3', '140923,代县,2019,峨口镇,峨口安置点,H1,1,5', '140923,代县,2019,峨口镇,峨口安置点,H2,1,2'),
      ),
    ]);
    // 2 + 2 households; 4 + 3 + 5 + 2 people
    expect([overall.households.value, overall.people.value]).toEqual([4, 14]);
  });

  it('counts a roster line with a blank 户编号 as one household, never as the total of the others', async () => {
    const { data, results } = await uploadAll([
      relocation(csv(ROSTER_HEADER, '140923,代县,2019,上馆镇,滨河新区,H1,1,4', '140923,代县,2019,上馆镇,滨河新区,,,3', '140923,代县,2019,上馆镇,滨河新区,H3,1,5')),
    ]);
    const { overall } = figuresOf(data);
    // 1 + 1 + 1 households; 4 + 3 + 5 people
    expect([overall.households.value, overall.people.value]).toEqual([3, 12]);
    expect(results[0]?.notCounted.lines.filter((line) => line.reason === 'in_total')).toEqual([]);
  });

  describe('a roster with one blank people figure', () => {
    const roster = relocation(
      csv(ROSTER_HEADER, '140923,代县,2019,上馆镇,滨河新区,H1,1,4', '140923,代县,2019,上馆镇,上馆安置点,H2,1,', '140923,代县,2019,上馆镇,滨河新区,H3,1,5'),
    );
    // The same households as rows of totals: 滨河新区 H1 + H3, 上馆安置点 H2 with its people unknown.
    const pivot = relocation(csv(RELOCATION_HEADER, '140923,代县,2019,上馆镇,滨河新区,2,9', '140923,代县,2019,上馆镇,上馆安置点,1,'));

    it('still counts the other households’ people: 3 households, 9 people', async () => {
      const overall = await overallAfter([roster]);
      // 1 + 1 + 1 households; 4 + 5 people, H2's unknown
      expect([overall.households.value, overall.people.value]).toEqual([3, 9]);
    });

    it('gives what the same households written as rows of totals give', async () => {
      const fromRoster = await overallAfter([roster]);
      const fromPivot = await overallAfter([pivot]);
      expect([fromRoster.households, fromRoster.people]).toEqual([fromPivot.households, fromPivot.people]);
    });

    it('leaves the others counted when the blank household shares their site, and says one line of three is missing', async () => {
      const { data, results } = await uploadAll([
        relocation(csv(ROSTER_HEADER, '140923,代县,2019,上馆镇,滨河新区,H1,1,4', '140923,代县,2019,上馆镇,滨河新区,H2,1,', '140923,代县,2019,上馆镇,滨河新区,H3,1,5')),
      ]);
      // 4 + 5 people
      expect(figuresOf(data).overall.people.value).toBe(9);
      expect(results[0]?.problems.filter((problem) => problem.code === 'household_figure_blank').map((problem) => problem.params)).toEqual([{ lines: 1, total: 3 }]);
    });
  });

  it('reads a roster with one row per person (户编号 repeated, a 与户主关系 column): households are distinct ids, people the rows', async () => {
    const { data, results } = await uploadAll([
      relocation(
        csv(
          '县级代码,县,年份,乡镇,安置点,户编号,与户主关系,搬迁人数',
          '140923,代县,2019,上馆镇,滨河新区,H1,户主,1',
          '140923,代县,2019,上馆镇,滨河新区,H1,配偶,1',
          '140923,代县,2019,上馆镇,滨河新区,H1,子女,1',
          '140923,代县,2019,上馆镇,滨河新区,H2,户主,1',
          '140923,代县,2019,上馆镇,滨河新区,H2,子女,1',
        ),
      ),
    ]);
    const { overall } = figuresOf(data);
    // H1 and H2; 3 + 2 member rows
    expect([overall.households.value, overall.people.value]).toEqual([2, 5]);
    expect(results[0]?.reading.reading).toBe('persons');
  });
});

describe('the shipped Dai County figures', () => {
  const SHIPPED: readonly DatasetId[] = ['relocation', 'sites', 'jobs', 'income', 'population'];

  it('are unchanged when the five shipped files are uploaded through the page’s engine', async () => {
    const files = SHIPPED.map((datasetId): UploadedText => ({ fileName: `${datasetId}.csv`, datasetId, text: shippedBytes('dai-county', datasetId) }));
    const { overall } = figuresOf((await uploadAll(files)).data);
    // 1422 whole-village + 433 scattered households computed
    expect([overall.people.value, overall.registered_poor_people.value, overall.households.value, overall.income_gain_per_household_yuan.value]).toEqual([
      3676,
      2773,
      1422 + 433,
      1871,
    ]);
    expect(overall.householdsDerived).toBe(true);
  });

  it('are unchanged as the page holds them before any upload', () => {
    const { overall } = figuresOf(daiCountyDataset());
    expect([overall.people.value, overall.registered_poor_people.value, overall.households.value, overall.income_gain_per_household_yuan.value]).toEqual([
      3676,
      2773,
      1855,
      1871,
    ]);
  });
});

describe('conflicts: the same township and year twice with other figures', () => {
  const TEXT = csv('county_code,county,period,township,households,people', '140923,代县,2019,上馆镇,50,170', '140923,代县,2019,峨口镇,25,85', '140923,代县,2019,上馆镇,52,180');

  it.each([
    // 52 + 25; 180 + 85
    ['later', 77, 265],
    // 50 + 25; 170 + 85
    ['first', 75, 255],
    // 50 + 52 + 25; 170 + 180 + 85
    ['both', 127, 435],
  ] as const)('policy %s gives %i households and %i people', async (conflicts, households, people) => {
    const overall = await overallAfter([relocation(TEXT, { options: { conflicts } })]);
    expect([overall.households.value, overall.people.value]).toEqual([households, people]);
  });

  it('is never called a repeat: the report names both lines and both figures, and keeps the later line by default', async () => {
    const result = await importText(relocation(TEXT));
    expect(result.conflicts).toEqual([expect.objectContaining({ line: 4, ref: 2, column: 'households', value: 52, refValue: 50, kept: 4 })]);
    expect(result.problems.filter((problem) => problem.code === 'duplicate_key')).toEqual([]);
    expect(result.choices.conflicts).toBe('later');
  });

  it('names no line kept when both are added', async () => {
    const result = await importText(relocation(TEXT, { options: { conflicts: 'both' } }));
    expect(result.conflicts.map((conflict) => [conflict.line, conflict.ref, conflict.kept])).toEqual([[4, 2, null]]);
  });
});

describe('unknown written in many ways', () => {
  it.each(['—', '——', '-', '/', '无', '空', 'N/A', '不详'])('reads %s in a figure cell as unknown, with no error', async (unknown) => {
    const { data, results } = await uploadAll([relocation(csv(RELOCATION_HEADER, `140923,代县,2019,上馆镇,滨河新区,${unknown},10`, '140923,代县,2019,峨口镇,峨口安置点,5,20'))]);
    const { overall } = figuresOf(data);
    // households: 峨口镇's 5, 上馆镇's unknown; people 10 + 20
    expect([overall.households.value, overall.households.missing, overall.people.value]).toEqual([5, 1, 30]);
    expect(results[0]?.rejected).toEqual([]);
    expect(results[0]?.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
