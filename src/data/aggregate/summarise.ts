import { group } from 'd3-array';
import type { BaseRecord, Dataset } from '../types';
import { sumKnown, weightedMean, type Measure } from '../sumKnown';
import type { AreaLevel } from './areaLevel';
import { perResident, type PerResident } from './perResident';

/** The key figures of a set of records (one county, or everything shown). Blank figures stay unknown. */
export interface FigureSummary extends PerResident {
  households: Measure;
  /** True when some households were computed as whole-village + scattered rather than stated. */
  householdsDerived: boolean;
  people: Measure;
  registered_poor_people: Measure;
  /** Registered-poor people ÷ people, over the records that state both. */
  registered_poor_share: number | null;
  synchronous_people: Measure;
  whole_village_people: Measure;
  scattered_people: Measure;
  /** Whole-village ÷ (whole-village + scattered) people, over the records that state both. */
  whole_village_share: number | null;
  units: Measure;
  jobs: Measure;
  relocated_workers: Measure;
  income_households: Measure;
  /** Mean annual gain per household, weighted by households. */
  income_gain_per_household_yuan: Measure;
  /** Every period label the records cover, sorted. */
  periods: string[];
}

/** One row of the summary table: a county, or (added up by code) a prefecture or province, whose own code and name then fill `county_code` and `county`. */
export interface CountySummary extends FigureSummary {
  level: AreaLevel;
  county_code: string;
  county: string;
  prefecture: string | null;
  province: string | null;
}

/** Summarises any subset of the data: counts are sums of known figures, the income gain a household-weighted mean. */
export function summarise(data: Dataset): FigureSummary {
  const { relocation, sites, jobs, income } = data;
  // The programme's records: a census date is not a period of its figures.
  const all: BaseRecord[] = [...relocation, ...sites, ...jobs, ...income];
  return {
    households: sumKnown(relocation, (r) => r.households),
    householdsDerived: relocation.some((r) => r.derived.includes('households')),
    people: sumKnown(relocation, (r) => r.people),
    registered_poor_people: sumKnown(relocation, (r) => r.registered_poor_people),
    registered_poor_share: shareWhereBothKnown(relocation, (r) => r.registered_poor_people, (r) => r.people),
    synchronous_people: sumKnown(relocation, (r) => r.synchronous_people),
    whole_village_people: sumKnown(relocation, (r) => r.whole_village_people),
    scattered_people: sumKnown(relocation, (r) => r.scattered_people),
    whole_village_share: shareWhereBothKnown(relocation, (r) => r.whole_village_people, (r) =>
      r.whole_village_people === null || r.scattered_people === null ? null : r.whole_village_people + r.scattered_people,
    ),
    units: sumKnown(jobs, (j) => j.units),
    jobs: sumKnown(jobs, (j) => j.jobs),
    relocated_workers: sumKnown(jobs, (j) => j.relocated_workers),
    income_households: sumKnown(income, (i) => i.households),
    income_gain_per_household_yuan: weightedMean(income, (i) => i.income_gain_per_household_yuan, (i) => i.households),
    periods: [...new Set(all.map((record) => record.period.label))].sort(),
    ...perResident(data),
  };
}

/** A place's share of the data: every dataset's records under one code, and the first record naming it. */
export interface PlaceRecords {
  code: string;
  data: Dataset;
  first: BaseRecord | undefined;
}

/**
 * Splits the data by a code each record's county code gives (itself, or its prefecture's or province's), in code
 * order; only the programme's datasets make a place, so population alone adds none.
 */
export function splitByPlace(data: Dataset, codeOf: (countyCode: string) => string): PlaceRecords[] {
  const byCode = <T extends BaseRecord>(records: readonly T[]) => group(records, (record) => codeOf(record.county_code));
  const relocation = byCode(data.relocation);
  const sites = byCode(data.sites);
  const jobs = byCode(data.jobs);
  const income = byCode(data.income);
  const population = byCode(data.population);
  const codes = new Set([...relocation.keys(), ...sites.keys(), ...jobs.keys(), ...income.keys()]);
  return [...codes].sort().map((code) => {
    const subset: Dataset = {
      relocation: relocation.get(code) ?? [],
      sites: sites.get(code) ?? [],
      jobs: jobs.get(code) ?? [],
      income: income.get(code) ?? [],
      population: population.get(code) ?? [],
    };
    return { code, data: subset, first: [...subset.relocation, ...subset.sites, ...subset.jobs, ...subset.income][0] };
  });
}

/** One summary per county found in the programme's datasets, named as the data names it; population alone adds no county. */
export function summariseByCounty(data: Dataset): CountySummary[] {
  return splitByPlace(data, (code) => code).map(({ code, data: subset, first }) => ({
    level: 'county',
    county_code: code,
    county: first?.county ?? code,
    prefecture: first?.prefecture ?? null,
    province: first?.province ?? null,
    ...summarise(subset),
  }));
}

/**
 * Σ part ÷ Σ whole over the items that state both, so an item missing the part does not dilute the share;
 * null when no item states both or the wholes sum to 0.
 */
export function shareWhereBothKnown<T>(items: readonly T[], part: (item: T) => number | null, whole: (item: T) => number | null): number | null {
  let parts = 0;
  let wholes = 0;
  for (const item of items) {
    const p = part(item);
    const w = whole(item);
    if (p === null || w === null) continue;
    parts += p;
    wholes += w;
  }
  return wholes === 0 ? null : parts / wholes;
}
