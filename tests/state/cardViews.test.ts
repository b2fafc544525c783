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
});
