import { describe, expect, it } from 'vitest';
import { sortCounties } from '../../src/state/sortCounties';
import { countySummary, measure } from '../support/figures';

const summaries = [
  countySummary('140922', '五台县', { people: measure(400), jobs: measure(null, 0, 3) }),
  countySummary('140921', '定襄县', { people: measure(null, 0, 1), jobs: measure(50) }),
  countySummary('140925', '宁武县', { people: measure(1200), jobs: measure(null) }),
  countySummary('140924', '繁峙县', { people: measure(90), jobs: measure(700) }),
  countySummary('140926', '静乐县', { people: measure(null), jobs: measure(50) }),
];
const codes = (list: readonly { county_code: string }[]) => list.map((summary) => summary.county_code);

describe('sortCounties', () => {
  it('sorts a figure largest first, unknown last', () => {
    expect(codes(sortCounties(summaries, { key: 'people', descending: true }))).toEqual(['140925', '140922', '140924', '140921', '140926']);
  });

  it('sorts a figure smallest first, unknown still last', () => {
    expect(codes(sortCounties(summaries, { key: 'people', descending: false }))).toEqual(['140924', '140922', '140925', '140921', '140926']);
  });

  it('breaks ties by county code, whichever the direction', () => {
    expect(codes(sortCounties(summaries, { key: 'jobs', descending: true }))).toEqual(['140924', '140921', '140926', '140922', '140925']);
    expect(codes(sortCounties(summaries, { key: 'jobs', descending: false }))).toEqual(['140921', '140926', '140924', '140922', '140925']);
  });

  it('sorts by a per-resident ratio, unknown last', () => {
    const rates = [
      countySummary('140922', '五台县', { people_per_1000_residents: 12.5 }),
      countySummary('140921', '定襄县', { people_per_1000_residents: null }),
      countySummary('140924', '繁峙县', { people_per_1000_residents: 20.6 }),
    ];
    expect(codes(sortCounties(rates, { key: 'people_per_1000_residents', descending: true }))).toEqual(['140924', '140922', '140921']);
    expect(codes(sortCounties(rates, { key: 'people_per_1000_residents', descending: false }))).toEqual(['140922', '140924', '140921']);
  });

  it('sorts by county code for the county column', () => {
    expect(codes(sortCounties(summaries, { key: 'county', descending: false }))).toEqual(['140921', '140922', '140924', '140925', '140926']);
    expect(codes(sortCounties(summaries, { key: 'county', descending: true }))).toEqual(['140926', '140925', '140924', '140922', '140921']);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [...summaries];
    const sorted = sortCounties(input, { key: 'people', descending: true });
    expect(sorted).not.toBe(input);
    expect(codes(input)).toEqual(codes(summaries));
  });
});
