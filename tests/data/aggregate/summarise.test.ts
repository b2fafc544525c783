import { describe, expect, it } from 'vitest';
import { shareWhereBothKnown, summarise, summariseByCounty, type FigureSummary } from '../../../src/data/aggregate/summarise';
import { XINFU, dataset, income, jobs, period, relocation, site } from '../support/records';
import { daiCountyDataset } from '../support/daiCounty';
import { importAs } from '../../support/importAs';

const EMPTY_SUMMARY: FigureSummary = figureSummary();

import { figureSummary, measure } from '../../support/figures';

describe('summarise', () => {
  it('gives unknown (null) figures and no periods for empty data', () => {
    expect(summarise(dataset())).toEqual(EMPTY_SUMMARY);
  });

  it('sums known figures per dataset, keeping blanks as missing rather than 0', () => {
    const data = dataset({
      relocation: [
        relocation({ line: 2, households: 10, people: 30, registered_poor_people: 20 }),
        relocation({ line: 3, people: 50, period: period(2020) }),
      ],
      sites: [site({ people: 4647 }), site({ line: 3, site: 'B', people: null })],
      jobs: [jobs({ units: 11, jobs: 200, relocated_workers: 150 }), jobs({ line: 3, units: 18, jobs: null })],
      income: [
        income({ households: 100, income_gain_per_household_yuan: 1000 }),
        income({ line: 3, households: 300, income_gain_per_household_yuan: 2000 }),
      ],
    });
    expect(summarise(data)).toEqual({
      ...EMPTY_SUMMARY,
      households: measure(10, 1, 1),
      people: measure(30 + 50, 2),
      registered_poor_people: measure(20, 1, 1),
      registered_poor_share: 20 / 30,
      registered_poor_basis: { whole: 30, unstatedPeople: 50 },
      synchronous_people: measure(null, 0, 2),
      whole_village_people: measure(null, 0, 2),
      scattered_people: measure(null, 0, 2),
      whole_village_basis: { whole: 0, unstatedPeople: 30 + 50 },
      units: measure(11 + 18, 2),
      jobs: measure(200, 1, 1),
      relocated_workers: measure(150, 1, 1),
      income_households: measure(100 + 300, 2),
      income_gain_per_household_yuan: measure((100 * 1000 + 300 * 2000) / (100 + 300), 2),
      gain_per_capita_people: measure(null),
      sites: measure(2, 2),
      housing_units: measure(null, 0, 2),
      site_households: measure(null, 0, 2),
      site_people: measure(4647, 1, 1),
      site_area_mu: measure(null, 0, 2),
      periods: ['2019', '2020'],
    });
  });

  it('adds the figures of several counties together', () => {
    const data = dataset({
      relocation: [relocation({ people: 30, households: 10 }), relocation({ ...XINFU, line: 3, people: 6, households: 2 })],
      jobs: [jobs({ units: 11 }), jobs({ ...XINFU, units: 4 })],
      income: [
        income({ households: 100, income_gain_per_household_yuan: 1000 }),
        income({ ...XINFU, households: 300, income_gain_per_household_yuan: 2000 }),
      ],
    });
    const summary = summarise(data);
    expect([summary.people, summary.households, summary.units, summary.income_gain_per_household_yuan]).toEqual([
      measure(30 + 6, 2),
      measure(10 + 2, 2),
      measure(11 + 4, 2),
      measure(1750, 2),
    ]);
  });

  it('gives the registered-poor share over the counties that state both figures', () => {
    // County A: 1,000 people, 800 registered poor; county B: 5,000 people, registered poor blank.
    const data = dataset({
      relocation: [relocation({ people: 1000, registered_poor_people: 800 }), relocation({ ...XINFU, line: 3, people: 5000 })],
    });
    const summary = summarise(data);
    expect([summary.registered_poor_share, summary.people, summary.registered_poor_people]).toEqual([0.8, measure(6000, 2), measure(800, 1, 1)]);
  });

  it('gives the whole-village share of whole-village + scattered people, over the records that state both', () => {
    const data = dataset({
      relocation: [
        relocation({ line: 2, whole_village_people: 300, scattered_people: 100 }),
        relocation({ line: 3, whole_village_people: 50, scattered_people: 50 }),
        relocation({ line: 4, whole_village_people: 900 }),
        relocation({ line: 5, scattered_people: 700 }),
      ],
    });
    expect(summarise(data).whole_village_share).toBe((300 + 50) / (300 + 100 + 50 + 50));
  });

  it('flags derived households', () => {
    const data = dataset({ relocation: [relocation({ households: 25, derived: ['households'] }), relocation({ line: 3, households: 5 })] });
    expect(summarise(data).householdsDerived).toBe(true);
    expect(summarise(dataset({ relocation: [relocation({ households: 25, derived: ['people'] })] })).householdsDerived).toBe(false);
  });

  it('gives each share the whole it divides by and the people of the records that do not state it', () => {
    const data = dataset({
      relocation: [
        relocation({ people: 100, registered_poor_people: 80, whole_village_people: 60, scattered_people: 40 }),
        relocation({ people: 50, registered_poor_people: null, whole_village_people: 50, scattered_people: null }),
      ],
    });
    const summary = summarise(data);
    expect(summary.registered_poor_share).toBe(80 / summary.registered_poor_basis.whole);
    expect(summary.registered_poor_basis).toEqual({ whole: 100, unstatedPeople: 50 });
    expect(summary.whole_village_basis).toEqual({ whole: 100, unstatedPeople: 50 });
  });

  it('counts the households computed rather than stated apart from those stated', () => {
    const data = dataset({ relocation: [relocation({ households: 30, derived: ['households'] }), relocation({ households: 70 })] });
    expect([summarise(data).households.value, summarise(data).derived_households.value]).toEqual([100, 30]);
  });

  it('counts each site record once and weights the gain per person by the people who have it', () => {
    const data = dataset({
      sites: [site({ households: 10, people: 30 }), site({ households: null, people: 20 })],
      income: [income({ people: 100, income_gain_per_capita_yuan: 1000 }), income({ people: 300, income_gain_per_capita_yuan: 2000 })],
    });
    const summary = summarise(data);
    expect([summary.sites.value, summary.site_households, summary.site_people.value]).toEqual([2, measure(10, 1, 1), 50]);
    expect(summary.income_gain_per_capita_yuan.value).toBe((100 * 1000 + 300 * 2000) / 400);
  });

  it('lists every period label once, sorted, across datasets', () => {
    const data = dataset({
      relocation: [relocation({ period: period(2016, 2020), people: 1 }), relocation({ period: period(2019), people: 1 })],
      sites: [site({ period: period(2020) })],
      income: [income({ period: period(2019) })],
    });
    expect(summarise(data).periods).toEqual(['2016-2020', '2019', '2020']);
  });

  it("summarises Dai County's reported figures as the files state them", () => {
    const summary = summarise(daiCountyDataset());
    expect(summary).toEqual({
      households: measure(1422 + 433, 1),
      householdsDerived: true,
      derived_households: measure(1422 + 433, 1),
      people: measure(3676, 1),
      registered_poor_people: measure(2773, 1),
      registered_poor_share: 2773 / 3676,
      registered_poor_basis: { whole: 3676, unstatedPeople: 0 },
      synchronous_people: measure(903, 1),
      whole_village_people: measure(2286, 1),
      scattered_people: measure(1390, 1),
      whole_village_share: 2286 / (2286 + 1390),
      whole_village_basis: { whole: 2286 + 1390, unstatedPeople: 0 },
      units: measure(1 + 11 + 18 + 1062, 4),
      jobs: measure(null, 0, 4),
      relocated_workers: measure(null, 0, 4),
      income_households: measure(567, 1, 1),
      income_gain_per_household_yuan: measure(1871, 1),
      gain_per_capita_people: measure(6000, 1),
      income_gain_per_capita_yuan: measure(18000, 1, 1),
      sites: measure(1, 1),
      housing_units: measure(null, 0, 1),
      site_households: measure(1336, 1),
      site_people: measure(4647, 1),
      site_area_mu: measure(540, 1),
      periods: ['2016-2020', '2020'],
      // The 2020 census: 178,870 residents; the article states no jobs, so none per resident either.
      population: 178870,
      people_per_1000_residents: (3676 / 178870) * 1000,
      jobs_per_1000_residents: null,
    });
  });
});

describe('summariseByCounty', () => {
  it('gives no summaries for empty data', () => {
    expect(summariseByCounty(dataset())).toEqual([]);
  });

  it('gives one summary, named as the data names the county, for one county', () => {
    const data = dataset({ relocation: [relocation({ people: 30 })], sites: [site({ people: 12 })] });
    expect(summariseByCounty(data)).toEqual([
      {
        level: 'county',
        county_code: '140923',
        county: '代县',
        prefecture: '忻州市',
        province: '山西省',
        ...summarise(data),
      },
    ]);
  });

  it('gives one summary per county found in any dataset, ordered by code, each over its own records', () => {
    const data = dataset({
      relocation: [relocation({ people: 30 }), relocation({ line: 3, people: 50 })],
      jobs: [jobs({ ...XINFU, units: 4 })],
      income: [income({ ...XINFU, county_code: '140921', county: '定襄县', households: 9 })],
    });
    const summaries = summariseByCounty(data);
    expect(summaries.map((summary) => [summary.county_code, summary.county, summary.people.value, summary.units.value, summary.income_households.value])).toEqual([
      ['140902', '忻府区', null, 4, null],
      ['140921', '定襄县', null, null, 9],
      ['140923', '代县', 30 + 50, null, null],
    ]);
  });
});

describe('shareWhereBothKnown', () => {
  interface Item {
    part: number | null;
    whole: number | null;
  }
  const share = (items: Item[]) =>
    shareWhereBothKnown(
      items,
      (item) => item.part,
      (item) => item.whole,
    );

  it('divides the sum of the parts by the sum of the wholes, not the mean of the ratios', () => {
    // 1/2 and 1/8 average to 0.3125; the people-weighted share is 2/10.
    expect(share([{ part: 1, whole: 2 }, { part: 1, whole: 8 }])).toBe(0.2);
  });

  it('leaves out an item that does not state the part, so its whole does not dilute the share', () => {
    // County A: 1,000 people, 800 registered poor; county B: 5,000 people, registered poor blank → 0.8, not 800/6000.
    expect(share([{ part: 800, whole: 1000 }, { part: null, whole: 5000 }])).toBe(0.8);
  });

  it('leaves out an item that does not state the whole, so its part does not inflate the share', () => {
    expect(share([{ part: 800, whole: 1000 }, { part: 300, whole: null }])).toBe(0.8);
  });

  it('is unknown when no item states both', () => {
    expect(share([])).toBeNull();
    expect(share([{ part: 800, whole: null }, { part: null, whole: 5000 }])).toBeNull();
  });

  it('is unknown when the wholes sum to 0', () => {
    expect(share([{ part: 0, whole: 0 }])).toBeNull();
  });

  it('is 0 when the parts are stated as 0 of a non-zero whole', () => {
    expect(share([{ part: 0, whole: 40 }])).toBe(0);
  });
});

describe('summarise of lines that word a figure as approximate', () => {
  it('marks the measure a line words as approximate (约, 余, 多), and only that one', () => {
    const csv = [
      'county_code,county,period,households,people,registered_poor_people,source',
      '100000,全国,十三五,,,960多万,人民日报',
      '140923,代县,2016-2020,1221,3676,2773,新华网',
    ].join('\n');
    const { records } = importAs('relocation', 'relocation.csv', new TextEncoder().encode(csv));
    const nation = summarise(dataset({ relocation: records.filter((record) => record.county_code === '100000') }));
    expect(nation.registered_poor_people.value).toBe(9_600_000);
    expect(nation.registered_poor_people.approximate).toBe(true);
    const dai = summarise(dataset({ relocation: records.filter((record) => record.county_code === '140923') }));
    expect(dai.registered_poor_people.approximate).toBeUndefined();
    expect(dai.people.approximate).toBeUndefined();
  });
});
