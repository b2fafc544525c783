import { describe, expect, it } from 'vitest';
import { sourcesOf } from '../../../src/data/aggregate/sourcesOf';
import { XINFU, dataset, income, jobs, relocation, site } from '../support/records';
import { daiCountyDataset } from '../support/daiCounty';

describe('sourcesOf', () => {
  it('gives no sources for empty data or records without one', () => {
    expect(sourcesOf(dataset())).toEqual([]);
    expect(sourcesOf(dataset({ relocation: [relocation()], sites: [site({ source: '' })] }))).toEqual([]);
  });

  it('lists each distinct source once with the datasets it supports, in dataset order', () => {
    const data = dataset({
      relocation: [relocation({ source: '新华网' }), relocation({ ...XINFU, source: '忻州日报' })],
      sites: [site({ source: '忻州日报' })],
      jobs: [jobs({ source: '新华网' })],
      income: [income({ source: '新华网' })],
    });
    expect(sourcesOf(data)).toEqual([
      { source: '新华网', datasets: ['relocation', 'jobs', 'income'] },
      { source: '忻州日报', datasets: ['relocation', 'sites'] },
    ]);
  });

  it('gives Dai County the article behind the four programme datasets and the census behind its population', () => {
    const sources = sourcesOf(daiCountyDataset());
    expect(sources.map((entry) => entry.datasets)).toEqual([['relocation', 'sites', 'jobs', 'income'], ['population']]);
    expect(sources[0]?.source).toContain('看得见变化，摸得着幸福');
    expect(sources[1]?.source).toContain('第七次全国人口普查');
  });
});
