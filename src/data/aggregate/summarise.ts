import { group } from 'd3-array';
import type { BaseRecord, Dataset } from '../types';
import { sumKnown, weightedMean, type Measure } from '../sumKnown';

/** The key figures of a set of records (one county, or everything shown). Blank figures stay unknown. */
export interface FigureSummary {
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

export interface CountySummary extends FigureSummary {
  county_code: string;
  county: string;
  prefecture: string | null;
  province: string | null;
}

/** Summarises any subset of the data: counts are sums of known figures, the income gain a household-weighted mean. */
export function summarise(data: Dataset): FigureSummary {
  const { relocation, sites, jobs, income } = data;
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
  };
}

/** One summary per county found in any dataset, named as the data names it. */
export function summariseByCounty(data: Dataset): CountySummary[] {
  const byCode = <T extends BaseRecord>(records: readonly T[]) => group(records, (record) => record.county_code);
  const relocation = byCode(data.relocation);
  const sites = byCode(data.sites);
  const jobs = byCode(data.jobs);
  const income = byCode(data.income);
  const codes = new Set([...relocation.keys(), ...sites.keys(), ...jobs.keys(), ...income.keys()]);
  return [...codes].sort().map((code) => {
    const subset: Dataset = {
      relocation: relocation.get(code) ?? [],
      sites: sites.get(code) ?? [],
      jobs: jobs.get(code) ?? [],
      income: income.get(code) ?? [],
    };
    const first = [...subset.relocation, ...subset.sites, ...subset.jobs, ...subset.income][0];
    return {
      county_code: code,
      county: first?.county ?? code,
      prefecture: first?.prefecture ?? null,
      province: first?.province ?? null,
      ...summarise(subset),
    };
  });
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
