import { describe, expect, it } from 'vitest';
import { latestSnapshots } from '../../../src/data/aggregate/latestSnapshots';
import { summarise } from '../../../src/data/aggregate/summarise';
import { XINFU, dataset, income, jobs, period, population, relocation, site } from '../support/records';

describe('latestSnapshots', () => {
  it('gives empty data for empty data', () => {
    expect(latestSnapshots(dataset())).toEqual(dataset());
  });

  it('keeps only the latest period of a site, so the same park in 2019 and 2020 counts once, with 2020’s figures', () => {
    const in2019 = site({ line: 2, site: '测试安置点甲', period: period(2019), households: 100, people: 300 });
    const in2020 = site({ line: 3, site: '测试安置点甲', period: period(2020), households: 120, people: 400 });
    expect(latestSnapshots(dataset({ sites: [in2019, in2020] })).sites).toEqual([in2020]);
  });

  it('keeps only the latest period of a jobs unit, so its figures are not added across years', () => {
    const park2019 = jobs({ line: 2, unit: '测试产业园区', unit_type: 'industrial_park', period: period(2019), jobs: 500 });
    const park2020 = jobs({ line: 3, unit: '测试产业园区', unit_type: 'industrial_park', period: period(2020), jobs: 563 });
    const data = latestSnapshots(dataset({ jobs: [park2020, park2019] }));
    expect(data.jobs).toEqual([park2020]);
    expect(summarise(data).jobs.value).toBe(563);
  });

  it('keeps only the latest period of an income mechanism', () => {
    const work2019 = income({ line: 2, mechanism: '务工', period: period(2019), households: 300 });
    const work2020 = income({ line: 3, mechanism: '务工', period: period(2020), households: 349 });
    expect(latestSnapshots(dataset({ income: [work2019, work2020] })).income).toEqual([work2020]);
  });

  it('keeps different sites, units and mechanisms of a county, each at its own latest period, in their order', () => {
    const a2019 = site({ line: 2, site: '测试安置点甲', period: period(2019) });
    const b2019 = site({ line: 3, site: '测试安置点乙', period: period(2019) });
    const a2020 = site({ line: 4, site: '测试安置点甲', period: period(2020) });
    const parkA = jobs({ line: 2, unit: '测试产业园区甲', period: period(2020) });
    const parkB = jobs({ line: 3, unit: '测试产业园区乙', period: period(2019) });
    const work = income({ line: 2, mechanism: '务工', period: period(2020) });
    const dividends = income({ line: 3, mechanism: '资产收益', period: period(2018) });
    const data = latestSnapshots(dataset({ sites: [a2019, b2019, a2020], jobs: [parkA, parkB], income: [work, dividends] }));
    expect(data).toEqual(dataset({ sites: [b2019, a2020], jobs: [parkA, parkB], income: [work, dividends] }));
  });

  it('treats a site of the same name in another county as another site', () => {
    const dai = site({ line: 2, site: '城南安置点', period: period(2019) });
    const xinfu = site({ ...XINFU, line: 3, site: '城南安置点', period: period(2020) });
    expect(latestSnapshots(dataset({ sites: [dai, xinfu] })).sites).toEqual([dai, xinfu]);
  });

  it('orders periods by their last year: 2018-2020 is later than 2019', () => {
    const single = site({ line: 2, period: period(2019), people: 300 });
    const range = site({ line: 3, period: period(2018, 2020), people: 400 });
    expect(latestSnapshots(dataset({ sites: [single, range] })).sites).toEqual([range]);
  });

  it('keeps every record of the latest period when a site has several', () => {
    const old = site({ line: 2, period: period(2019) });
    const first = site({ line: 3, period: period(2020), households: 10 });
    const second = site({ line: 4, period: period(2020), households: 20 });
    expect(latestSnapshots(dataset({ sites: [old, first, second] })).sites).toEqual([first, second]);
  });

  it('leaves relocation whole: people moved in each year all count', () => {
    const rows = [
      relocation({ line: 2, period: period(2018), people: 284 }),
      relocation({ line: 3, period: period(2019), people: 389 }),
      relocation({ line: 4, period: period(2020), people: 547 }),
      relocation({ line: 5, township: '上馆镇', period: period(2019), people: 120 }),
    ];
    const data = latestSnapshots(dataset({ relocation: rows }));
    expect(data.relocation).toEqual(rows);
    expect(summarise(data).people.value).toBe(284 + 389 + 547 + 120);
  });

  it('keeps each county’s latest population only, so two censuses are never added up', () => {
    const census2010 = population(190000, { line: 2, period: period(2010) });
    const census2020 = population(178870, { line: 3, period: period(2020) });
    const xinfu2010 = population(500000, { ...XINFU, line: 4, period: period(2010) });
    expect(latestSnapshots(dataset({ population: [census2010, census2020, xinfu2010] })).population).toEqual([census2020, xinfu2010]);
  });

  it('leaves its input as it was', () => {
    const sites = [site({ line: 2, period: period(2019) }), site({ line: 3, period: period(2020) })];
    const input = dataset({ sites: [...sites] });
    latestSnapshots(input);
    expect(input.sites).toEqual(sites);
  });
});
