import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../src/state/buildDashboard';
import { daiCountyDataset } from '../data/support/daiCounty';
import { dataset, period, relocation } from '../data/support/records';

const keys = (cards: { definition: { key: string } }[]) => cards.map((card) => card.definition.key);

describe('the cards of a selection', () => {
  it('give Dai County’s site and gain per person, which its sources state', () => {
    const { cards } = deriveFigures(daiCountyDataset(), { counties: [], period: null });
    expect(keys(cards)).toEqual(expect.arrayContaining(['sites', 'income_gain_per_capita_yuan']));
  });

  it('leave out the cards of measures the data never states, but keep them where other years state them', () => {
    expect(keys(deriveFigures(dataset({ relocation: [relocation({ people: 5 })] }), { counties: [], period: null }).cards)).not.toContain('sites');
    const in2016 = deriveFigures(daiCountyDataset(), { counties: [], period: period(2016) }).cards;
    expect(in2016.find((card) => card.definition.key === 'sites')?.reason).toEqual({ kind: 'other-periods', periods: ['2020'] });
  });

  it('name the years of each card’s own records: the flow over 2016–2020, the stocks in 2020', () => {
    const { cards } = deriveFigures(daiCountyDataset(), { counties: [], period: null });
    const periodOf = (key: string) => cards.find((card) => card.definition.key === key)?.period;
    expect([periodOf('people'), periodOf('sites'), periodOf('jobs')]).toEqual(['2016-2020', '2020', '2020']);
  });

  it('give a count the area does not state its known parts beside 未说明: how many places one step down state it, and their sum', () => {
    const nation = { county_code: '100000', county: '全国', prefecture: null, province: null };
    const shanxi = { county_code: '140000', county: '山西省', prefecture: null, province: '山西省' };
    const hubei = { county_code: '420000', county: '湖北省', prefecture: null, province: '湖北省' };
    const hunan = { county_code: '430000', county: '湖南省', prefecture: null, province: '湖南省' };
    const data = dataset({
      relocation: [
        relocation({ ...nation, registered_poor_people: 9_600_000 }),
        relocation({ ...shanxi, people: 472_000 }),
        relocation({ ...hubei, people: 882_300 }),
        relocation({ ...hunan, registered_poor_people: 694_000 }),
        relocation({ people: 3_676 }),
      ],
    });
    const { cards, overall } = deriveFigures(data, { area: '100000', counties: [], period: null });
    const people = cards.find((card) => card.definition.key === 'people');
    expect(overall.people.value).toBeNull();
    // Shanxi's own 472,000 stands for Shanxi, never it and Dai County's 3,676 besides.
    expect(people?.knownParts).toEqual({ level: 'province', places: 2, value: 472_000 + 882_300 });
    expect(cards.find((card) => card.definition.key === 'registered_poor_people')?.knownParts).toBeNull();
  });

  it('say no known parts for a county, nor for a share or a rate', () => {
    const county = deriveFigures(dataset({ relocation: [relocation({ registered_poor_people: 10 })] }), { area: '140923', counties: [], period: null });
    expect(county.cards.every((card) => card.knownParts === null)).toBe(true);
  });
});
