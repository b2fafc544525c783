import type { BaseRecord, Dataset, Period } from '../types';
import { periodWithin } from '../parsePeriod';
import { withoutCoveredRows } from '../count/coverRanges';

/** What the page is narrowed to: some counties (none chosen = all) and a span of years (null = all). */
export interface Filters {
  counties: readonly string[];
  period: Period | null;
}

export const NO_FILTERS: Filters = { counties: [], period: null };

export interface FilterOptions {
  /**
   * Keep relocation rows whose years a range row still shown already covers (2019 and 2020 beside 2016-2020).
   * Only for a chart that draws years and leaves ranges out; every sum must leave it off, or it counts twice.
   */
  keepCoveredYears?: boolean;
}

/**
 * Keeps the records of the chosen counties whose period lies wholly inside the chosen span. A range such as
 * 2016-2020 is never split into years, so it drops out when the span covers only part of it. A relocation row
 * covered by a range row (`coveredBy`, see coverRanges) is then left out while that range is kept, so the
 * range counts and its years do not; once the span drops the range, its years count.
 */
export function filterDataset(data: Dataset, filters: Filters, { keepCoveredYears = false }: FilterOptions = {}): Dataset {
  const counties = new Set(filters.counties);
  const keep = <T extends BaseRecord>(records: readonly T[]): T[] =>
    records.filter(
      (record) => (counties.size === 0 || counties.has(record.county_code)) && (filters.period === null || periodWithin(record.period, filters.period)),
    );
  const relocation = keep(data.relocation);
  return {
    relocation: keepCoveredYears ? relocation : withoutCoveredRows(relocation),
    sites: keep(data.sites),
    jobs: keep(data.jobs),
    income: keep(data.income),
    population: keep(data.population),
  };
}

/**
 * The first and last year the programme's records cover, for the period filter's bounds; null for an empty dataset.
 * Population is left out: a census year outside the programme's years is no year to filter its figures by.
 */
export function yearSpan(data: Dataset): Period | null {
  const tables: readonly (readonly BaseRecord[])[] = [data.relocation, data.sites, data.jobs, data.income];
  // Folded, not spread into Math.min: a table of a million records is more arguments than a call can take.
  let from = Infinity;
  let to = -Infinity;
  for (const records of tables) {
    for (const record of records) {
      if (record.period.from < from) from = record.period.from;
      if (record.period.to > to) to = record.period.to;
    }
  }
  if (from === Infinity) return null;
  return { from, to, label: from === to ? String(from) : `${from}-${to}` };
}
