import { describe, expect, it } from 'vitest';
import { filterDataset, type Filters } from '../../src/data/aggregate/filterDataset';
import { latestSnapshots } from '../../src/data/aggregate/latestSnapshots';
import { summarise } from '../../src/data/aggregate/summarise';
import type { Dataset } from '../../src/data/types';
import { measureOf, type MeasureKey } from '../../src/state/measures';
import { missingReason, missingReasonText } from '../../src/state/missingReason';
import { translator } from '../../src/i18n/translate';
import { daiCountyDataset } from '../data/support/daiCounty';
import { dataset, period, relocation, XINFU } from '../data/support/records';

function reasonFor(key: MeasureKey, data: Dataset, filters: Filters) {
  const filtered = latestSnapshots(filterDataset(data, filters));
  return missingReason(measureOf(key), { data, filters, filtered, overall: summarise(filtered) });
}

describe('why a figure is not stated', () => {
  it('is nothing to explain when the figure is there', () => {
    expect(reasonFor('people', daiCountyDataset(), { counties: [], period: null })).toBeNull();
  });

  it('blames the source’s span of years when the years chosen fall inside a range the source does not split', () => {
    const in2020 = { counties: [], period: period(2020) };
    expect(reasonFor('people', daiCountyDataset(), in2020)).toEqual({ kind: 'wider-period', periods: ['2016-2020'] });
    // The 2020 population is there: a figure per resident is missing for want of the people relocated, not of residents.
    expect(reasonFor('people_per_1000_residents', daiCountyDataset(), in2020)).toEqual({ kind: 'wider-period', periods: ['2016-2020'] });
  });

  it('names the years the data has when the years chosen have none', () => {
    const data = dataset({ relocation: [relocation({ period: period(2017), people: 5 }), relocation({ period: period(2019), people: 5 })] });
    expect(reasonFor('people', data, { counties: [], period: period(2021) })).toEqual({ kind: 'other-periods', periods: ['2017', '2019'] });
  });

  it('tells records that leave a figure blank from a figure no record gives', () => {
    const data = dataset({ relocation: [relocation({ people: null })] });
    expect(reasonFor('people', data, { counties: [], period: null })).toEqual({ kind: 'blank' });
    expect(reasonFor('jobs', data, { counties: [], period: null })).toEqual({ kind: 'not-stated' });
  });

  it('names the counties without a resident population when the people relocated are known', () => {
    const data = dataset({ relocation: [relocation({ people: 50 }), relocation({ ...XINFU, line: 3, people: 10 })] });
    const reason = reasonFor('people_per_1000_residents', data, { counties: [], period: null });
    expect(reason).toEqual({ kind: 'no-population', counties: [data.relocation[0]!.county, XINFU.county] });
  });

  it('is told in both languages with the years and counties, and no file name', () => {
    const reasons = [
      { kind: 'wider-period', periods: ['2016-2020'] },
      { kind: 'no-population', counties: ['代县'] },
    ] as const;
    for (const lang of ['zh', 'en'] as const) {
      const [wider, population] = reasons.map((reason) => missingReasonText(reason, lang, translator(lang)));
      expect(wider).toContain('2016-2020');
      expect(population).toContain('代县');
      expect(`${wider}${population}`).not.toMatch(/\.csv/);
    }
  });
});
