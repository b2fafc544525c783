import { describe, expect, it } from 'vitest';
import { perResident, populationByCounty } from '../../../src/data/aggregate/perResident';
import { XINFU, dataset, jobs, period, population, relocation, site } from '../support/records';

const DAI_PEOPLE = 3676;
const DAI_RESIDENTS = 178870;
const per1000 = (figure: number, residents: number) => (figure / residents) * 1000;

describe('perResident', () => {
  it('gives relocated people per 1,000 residents as people ÷ population × 1,000 (Dai County: 3,676 of 178,870)', () => {
    const result = perResident(dataset({ relocation: [relocation({ people: DAI_PEOPLE })], population: [population(DAI_RESIDENTS)] }));
    expect(result.population).toBe(DAI_RESIDENTS);
    expect(result.people_per_1000_residents).toBe(per1000(DAI_PEOPLE, DAI_RESIDENTS));
    expect(result.people_per_1000_residents?.toFixed(1)).toBe('20.6');
  });

  it('gives jobs per 1,000 residents the same way, from the jobs the units state', () => {
    const units = [jobs({ jobs: 300 }), jobs({ line: 3, unit: 'B车间', jobs: 58 })];
    expect(perResident(dataset({ jobs: units, population: [population(DAI_RESIDENTS)] })).jobs_per_1000_residents).toBe(per1000(300 + 58, DAI_RESIDENTS));
  });

  it('is unknown, not a ratio over some other figure, when the county has no population', () => {
    const result = perResident(dataset({ relocation: [relocation({ people: DAI_PEOPLE })], population: [population(500000, XINFU)] }));
    expect(result).toEqual({ population: null, people_per_1000_residents: null, jobs_per_1000_residents: null });
  });

  it('is unknown where the county states no such figure, as a blank is not 0', () => {
    const data = dataset({ relocation: [relocation({ households: 10 })], sites: [site()], population: [population(DAI_RESIDENTS)] });
    expect(perResident(data)).toEqual({ population: DAI_RESIDENTS, people_per_1000_residents: null, jobs_per_1000_residents: null });
  });

  it('is unknown for a population of 0, which no ratio can divide by', () => {
    expect(perResident(dataset({ relocation: [relocation({ people: 5 })], population: [population(0)] })).people_per_1000_residents).toBeNull();
  });

  it('over several counties divides the summed figure by the summed population, never averaging the ratios', () => {
    const data = dataset({
      relocation: [relocation({ people: 100 }), relocation({ ...XINFU, line: 3, people: 900 })],
      population: [population(1000), population(9000, { ...XINFU, line: 3 })],
    });
    expect(perResident(data)).toMatchObject({ population: 10000, people_per_1000_residents: per1000(100 + 900, 1000 + 9000) });
  });

  it('over several counties is unknown when any one of them lacks a population or the figure', () => {
    const people = [relocation({ people: 100 }), relocation({ ...XINFU, line: 3, people: 900 })];
    expect(perResident(dataset({ relocation: people, population: [population(1000)] })).people_per_1000_residents).toBeNull();
    const oneBlank = [relocation({ people: 100 }), relocation({ ...XINFU, line: 3, households: 300 })];
    const populations = [population(1000), population(9000, { ...XINFU, line: 3 })];
    expect(perResident(dataset({ relocation: oneBlank, population: populations })).people_per_1000_residents).toBeNull();
  });

  it('counts only the counties the programme’s records cover: a population alone adds none', () => {
    const data = dataset({ relocation: [relocation({ people: 100 })], population: [population(1000), population(9000, { ...XINFU, line: 3 })] });
    expect(perResident(data)).toMatchObject({ population: 1000, people_per_1000_residents: per1000(100, 1000) });
    expect(perResident(dataset({ population: [population(1000)] })).population).toBeNull();
  });
});

describe('populationByCounty', () => {
  it('takes each county’s latest population, a year before a range ending the same year', () => {
    const records = [
      population(190000, { line: 2, period: period(2010) }),
      population(178870, { line: 3, period: period(2020) }),
      population(170000, { line: 4, period: period(2016, 2020) }),
      population(500000, { ...XINFU, line: 5 }),
    ];
    expect(populationByCounty(records)).toEqual(new Map([['140923', 178870], ['140902', 500000]]));
  });
});
