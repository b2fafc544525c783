import type { Dataset } from '../data/types';
import { yearSpan } from '../data/aggregate/filterDataset';
import { periodOf } from '../data/parsePeriod';
import type { ViewState } from './viewState';
import { programmeRecords } from '../data/aggregate/programmeRecords';

/**
 * The view as the data allows it, for views that come from a link or outlive the data they were made on:
 * counties the data lacks are dropped, the period is clamped to the years the data covers (and a period
 * covering all of them is no filter). Returns the same object when nothing changes.
 */
export function fitViewToData(view: ViewState, data: Dataset): ViewState {
  const records = programmeRecords(data);
  const codes = new Set(records.map((record) => record.county_code));
  const counties = view.counties.filter((code) => codes.has(code));
  const selectedCounty = view.selectedCounty !== null && codes.has(view.selectedCounty) ? view.selectedCounty : null;
  const years = yearSpan(data);
  let period = view.period;
  if (period && years) {
    const from = Math.max(period.from, years.from);
    const to = Math.min(period.to, years.to);
    period = from > to || (from === years.from && to === years.to) ? null : periodOf(from, to);
  }
  const unchanged =
    counties.length === view.counties.length &&
    selectedCounty === view.selectedCounty &&
    (period === view.period || (period !== null && view.period !== null && period.label === view.period.label));
  return unchanged ? view : { ...view, counties, selectedCounty, period };
}
