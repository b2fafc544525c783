import { group } from 'd3-array';
import { DATASETS } from '../schema';
import type { BaseRecord, Dataset } from '../types';

function latestPerKey<T extends BaseRecord>(records: readonly T[], keyColumns: readonly string[]): T[] {
  const keyOf = (record: T) => {
    const fields = record as unknown as Record<string, unknown>;
    return [record.county_code, ...keyColumns.map((key) => (typeof fields[key] === 'string' ? fields[key] : ''))].join('\u0000');
  };
  const kept = new Set<T>();
  for (const rows of group(records, keyOf).values()) {
    const latest = Math.max(...rows.map((record) => record.period.to));
    for (const record of rows) if (record.period.to === latest) kept.add(record);
  }
  return records.filter((record) => kept.has(record));
}

/**
 * Sites, parks and workshops, income mechanisms and populations are states at a date, not flows: the same park in
 * 2019 and 2020 is one park. Keeps, for each site, unit or mechanism of a county (and each county's population), only
 * its latest period, so figures are never added across snapshots. Relocation is a flow (people moved in each year)
 * and is left whole.
 */
export function latestSnapshots(data: Dataset): Dataset {
  return {
    relocation: data.relocation,
    sites: latestPerKey(data.sites, DATASETS.sites.keyColumns),
    jobs: latestPerKey(data.jobs, DATASETS.jobs.keyColumns),
    income: latestPerKey(data.income, DATASETS.income.keyColumns),
    population: latestPerKey(data.population, DATASETS.population.keyColumns),
  };
}
