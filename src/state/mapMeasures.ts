import type { CountySummary } from '../data/aggregate/summarise';
import type { CountyMapMeasure, CountyMapValue } from '../charts/options/buildCountyMapChart';
import type { Translate } from '../i18n/translate';

/** What the county map can colour counties by. */
export const MAP_MEASURES = ['people', 'people_per_1000_residents', 'registered_poor_share', 'jobs', 'relocated_workers', 'income_gain_per_household_yuan'] as const;

export type MapMeasure = (typeof MAP_MEASURES)[number];

function valueOf(summary: CountySummary, measure: MapMeasure): number | null {
  // A share is drawn in per cent, as the table shows it.
  if (measure === 'registered_poor_share') return summary.registered_poor_share === null ? null : summary.registered_poor_share * 100;
  if (measure === 'people_per_1000_residents') return summary.people_per_1000_residents;
  return summary[measure].value;
}

/** Each county's figure for the measure, null where the data has none. */
export function mapValues(counties: readonly CountySummary[], measure: MapMeasure): CountyMapValue[] {
  return counties.map((summary) => ({ code: summary.county_code, county: summary.county, value: valueOf(summary, measure) }));
}

/** The measure's label, unit and decimals, in the page's language. */
export function mapMeasure(measure: MapMeasure, t: Translate): CountyMapMeasure {
  switch (measure) {
    case 'people':
      return { label: t('kpi.people'), unit: t('unit.people'), digits: 0 };
    case 'people_per_1000_residents':
      return { label: t('table.people_per_1000_residents'), unit: t('unit.people'), digits: 1 };
    case 'registered_poor_share':
      return { label: t('table.registeredPoorShare'), unit: '%', digits: 1 };
    case 'jobs':
      return { label: t('table.jobs'), unit: t('unit.jobs'), digits: 0 };
    case 'relocated_workers':
      return { label: t('table.relocated_workers'), unit: t('unit.people'), digits: 0 };
    case 'income_gain_per_household_yuan':
      return { label: t('table.income_gain_per_household_yuan'), unit: t('kpi.incomeGainUnit'), digits: 0 };
  }
}
