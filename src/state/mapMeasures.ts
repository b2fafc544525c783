import type { CountySummary } from '../data/aggregate/summarise';
import type { CountyMapMeasure, CountyMapValue } from '../charts/options/buildCountyMapChart';
import type { Translate } from '../i18n/translate';
import { digitsOf, measureOf, type MapMeasure } from './measures';

export { MAP_MEASURES, type MapMeasure } from './measures';

/** Each county's figure for the measure, as the table shows it (a share in per cent), null where the data has none. */
export function mapValues(counties: readonly CountySummary[], measure: MapMeasure): CountyMapValue[] {
  const { read } = measureOf(measure);
  return counties.map((summary) => ({ code: summary.county_code, county: summary.county, value: read(summary) }));
}

/** The measure's label, unit and decimals, in the page's language. */
export function mapMeasure(measure: MapMeasure, t: Translate): CountyMapMeasure {
  const definition = measureOf(measure);
  return { label: t(definition.mapLabel ?? definition.label), unit: definition.unit === '%' ? '%' : t(definition.unit), digits: digitsOf(definition.format) };
}
