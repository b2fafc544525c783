import { describe, expect, it } from 'vitest';
import { isHistoryStep } from '../../src/state/historyStep';
import { INITIAL_VIEW } from '../../src/state/viewState';

describe('isHistoryStep', () => {
  it('is a step for another area or another dataset, which a reader takes for another page', () => {
    expect(isHistoryStep(INITIAL_VIEW, { ...INITIAL_VIEW, area: '140000' })).toBe(true);
    expect(isHistoryStep(INITIAL_VIEW, { ...INITIAL_VIEW, dataset: 'demo' })).toBe(true);
  });

  it('is no step for a rearrangement of the same page: filters, sort, language, open county, grouping, map measure', () => {
    for (const after of [
      { ...INITIAL_VIEW, counties: ['140923'] },
      { ...INITIAL_VIEW, sort: { key: 'households' as const, descending: false } },
      { ...INITIAL_VIEW, lang: 'en' as const },
      { ...INITIAL_VIEW, selectedCounty: '140923' },
      { ...INITIAL_VIEW, group: 'prefecture' as const },
      { ...INITIAL_VIEW, mapMeasure: 'jobs' as const },
    ]) {
      expect(isHistoryStep(INITIAL_VIEW, after)).toBe(false);
    }
  });
});
