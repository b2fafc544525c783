import { describe, expect, it } from 'vitest';
import { MAP_MEASURES, mapMeasure, mapValues } from '../../src/state/mapMeasures';
import { translator } from '../../src/i18n/translate';
import type { CountySummary } from '../../src/data/aggregate/summarise';

import { measure } from '../support/figures';

function summary(overrides: Partial<CountySummary>): CountySummary {
  return {
    county_code: '140923',
    county: '代县',
    people: measure(3676),
    registered_poor_share: 0.754,
    people_per_1000_residents: null,
    ...overrides,
  } as CountySummary;
}

describe('the map’s measures', () => {
  it('gives each county its figure, a share in per cent, and null where the data has none', () => {
    const counties = [summary({}), summary({ county_code: '140921', county: '定襄县', people: measure(null), registered_poor_share: null })];
    expect(mapValues(counties, 'people').map((entry) => entry.value)).toEqual([3676, null]);
    expect(mapValues(counties, 'registered_poor_share')[0]!.value).toBeCloseTo(75.4);
    expect(mapValues(counties, 'registered_poor_share')[1]!.value).toBeNull();
  });

  it('colours by people per 1,000 residents only where the county’s population is known', () => {
    const perThousand = (3676 / 178870) * 1000;
    const counties = [summary({ people_per_1000_residents: perThousand }), summary({ county_code: '140921', people_per_1000_residents: null })];
    expect(mapValues(counties, 'people_per_1000_residents').map((entry) => entry.value)).toEqual([perThousand, null]);
  });

  it('has a label in both languages for every measure', () => {
    for (const lang of ['zh', 'en'] as const) {
      const labels = MAP_MEASURES.map((option) => mapMeasure(option, translator(lang)).label);
      expect(new Set(labels).size).toBe(MAP_MEASURES.length);
      for (const label of labels) expect(label).not.toMatch(/^[a-z_.]+$/);
    }
  });
});
