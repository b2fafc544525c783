import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterDataset, yearSpan } from '../../../src/data/aggregate/filterDataset';
import { factIdentity } from '../../../src/data/count/factIdentity';
import { DATASETS } from '../../../src/data/schema';

const spanKey = (record: Parameters<typeof factIdentity>[1]) => factIdentity(DATASETS.relocation, record);
import { XINFU, dataset, income, jobs, period, population, relocation, site } from '../support/records';

const range = relocation({ line: 2, period: period(2016, 2020), people: 100 });
const y2019 = relocation({ line: 3, period: period(2019), people: 30 });
const xinfu2020 = relocation({ line: 4, ...XINFU, period: period(2020), people: 5 });
const daiSite = site({ period: period(2020) });
const xinfuJobs = jobs({ ...XINFU, period: period(2018) });
const daiIncome = income({ period: period(2020) });
const data = dataset({ relocation: [range, y2019, xinfu2020], sites: [daiSite], jobs: [xinfuJobs], income: [daiIncome] });

describe('filterDataset', () => {
  it('keeps everything with no filters', () => {
    expect(filterDataset(data, NO_FILTERS)).toEqual(data);
  });

  it('gives empty data for empty data', () => {
    expect(filterDataset(dataset(), { counties: ['140923'], period: period(2019, 2020) })).toEqual(dataset());
  });

  it('drops a 2016-2020 row when the filter is 2019-2020', () => {
    expect(filterDataset(data, { counties: [], period: period(2019, 2020) })).toEqual(
      dataset({ relocation: [y2019, xinfu2020], sites: [daiSite], income: [daiIncome] }),
    );
  });

  it('keeps a 2016-2020 row when the filter is 2016-2020', () => {
    expect(filterDataset(data, { counties: [], period: period(2016, 2020) })).toEqual(data);
  });

  it('keeps only the chosen counties, in every dataset', () => {
    expect(filterDataset(data, { counties: ['140902'], period: null })).toEqual(dataset({ relocation: [xinfu2020], jobs: [xinfuJobs] }));
    expect(filterDataset(data, { counties: ['140923', '140902'], period: null })).toEqual(data);
  });

  it('applies county and period together', () => {
    expect(filterDataset(data, { counties: ['140923'], period: period(2019) })).toEqual(dataset({ relocation: [y2019] }));
  });
});

describe('filterDataset, a range row beside the years it covers (代县 2016-2020: 3676 people; 2019: 2000; 2020: 1676)', () => {
  const daiRange = relocation({ line: 2, period: period(2016, 2020), people: 3676 });
  const dai2019 = relocation({ line: 3, period: period(2019), people: 2000, coveredBy: spanKey(daiRange) });
  const dai2020 = relocation({ line: 4, period: period(2020), people: 1676, coveredBy: spanKey(daiRange) });
  const other2019 = relocation({ line: 5, ...XINFU, period: period(2019), people: 5 });
  const covered = dataset({ relocation: [daiRange, dai2019, dai2020, other2019], sites: [daiSite] });
  const people = (data: ReturnType<typeof filterDataset>) => data.relocation.reduce((total, record) => total + (record.people ?? 0), 0);

  it('counts the range and not its years with no filter: 3676 people, not 7352', () => {
    const shown = filterDataset(covered, NO_FILTERS);
    expect(shown).toEqual(dataset({ relocation: [daiRange, other2019], sites: [daiSite] }));
    expect(people(shown)).toBe(3676 + 5);
  });

  it('counts the range and not its years when the span covers the whole range', () => {
    expect(filterDataset(covered, { counties: ['140923'], period: period(2016, 2020) }).relocation).toEqual([daiRange]);
  });

  it('counts the years once the span drops the range (2019-2020)', () => {
    expect(filterDataset(covered, { counties: ['140923'], period: period(2019, 2020) }).relocation).toEqual([dai2019, dai2020]);
    expect(filterDataset(covered, { counties: [], period: period(2019) }).relocation).toEqual([dai2019, other2019]);
  });

  it('keeps the covered years beside the range with keepCoveredYears (for the by-year chart)', () => {
    expect(filterDataset(covered, NO_FILTERS, { keepCoveredYears: true })).toEqual(covered);
    expect(filterDataset(covered, NO_FILTERS, {}).relocation).toEqual([daiRange, other2019]);
  });
});

describe('filterDataset on population', () => {
  const census2010 = population(190000, { line: 2, period: period(2010) });
  const census2020 = population(178870, { line: 3, period: period(2020) });
  const xinfu = population(500000, { ...XINFU, line: 4 });
  const withPopulation = dataset({ population: [census2010, census2020, xinfu] });

  it('keeps the populations of the chosen counties within the chosen years, like any other table', () => {
    expect(filterDataset(withPopulation, { counties: ['140923'], period: period(2016, 2020) }).population).toEqual([census2020]);
    expect(filterDataset(withPopulation, { counties: [], period: period(2005, 2015) }).population).toEqual([census2010]);
    expect(filterDataset(withPopulation, NO_FILTERS).population).toEqual([census2010, census2020, xinfu]);
  });
});

describe('yearSpan', () => {
  it('is null for empty data', () => {
    expect(yearSpan(dataset())).toBeNull();
  });

  it('runs from the first to the last year any record covers, across datasets', () => {
    expect(yearSpan(data)).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
    expect(yearSpan(dataset({ jobs: [xinfuJobs], income: [income({ period: period(2021, 2025) })] }))).toEqual({ from: 2018, to: 2025, label: '2018-2025' });
  });

  it('leaves population out: a census year outside the programme’s years widens no filter', () => {
    expect(yearSpan({ ...data, population: [population(178870, { period: period(2010) })] })).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
    expect(yearSpan(dataset({ population: [population(178870)] }))).toBeNull();
  });

  it('spans a table of a million records (more than a call takes as arguments)', () => {
    const many = Array.from({ length: 1_000_000 }, (_, index) => relocation({ line: index + 2, period: period(2016 + (index % 5)) }));
    expect(yearSpan(dataset({ relocation: many }))).toEqual({ from: 2016, to: 2020, label: '2016-2020' });
  });

  it('is labelled by the year alone when every record covers one year', () => {
    expect(yearSpan(dataset({ sites: [daiSite] }))).toEqual({ from: 2020, to: 2020, label: '2020' });
  });
});
