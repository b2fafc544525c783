import { group } from 'd3-array';
import type { BaseRecord, Dataset, RelocationRecord } from '../types';
import { sumKnown, weightedMean, type Measure } from '../sumKnown';
import type { AreaLevel } from './areaLevel';
import { perResident, type PerResident } from './perResident';
import { programmeRecords } from './programmeRecords';

/** The key figures of a set of records (one county, or everything shown). Blank figures stay unknown. */
export interface FigureSummary extends PerResident {
  households: Measure;
  /** True when some households were computed as whole-village + scattered rather than stated. */
  householdsDerived: boolean;
  /** The part of `households` so computed, and on how many records. */
  derived_households: Measure;
  people: Measure;
  registered_poor_people: Measure;
  /** Registered-poor people ÷ people, over the records that state both: the one basis of this share everywhere. */
  registered_poor_share: number | null;
  registered_poor_basis: ShareBasis;
  synchronous_people: Measure;
  whole_village_people: Measure;
  scattered_people: Measure;
  /** Whole-village ÷ (whole-village + scattered) people, over the records that state both. */
  whole_village_share: number | null;
  whole_village_basis: ShareBasis;
  units: Measure;
  jobs: Measure;
  relocated_workers: Measure;
  income_households: Measure;
  /** Mean annual gain per household, weighted by households. */
  income_gain_per_household_yuan: Measure;
  /** People on the income records that state a gain per person, and that gain's mean, weighted by people. */
  gain_per_capita_people: Measure;
  income_gain_per_capita_yuan: Measure;
  /** Resettlement sites (one record each), and the households, people and land they state. */
  sites: Measure;
  /** Resettlement housing units, where stated. */
  housing_units: Measure;
  site_households: Measure;
  site_people: Measure;
  site_area_mu: Measure;
  /** Every period label the records cover, sorted. */
  periods: string[];
}

/**
 * What a share is of: the whole summed over the records that state both the part and the whole, and the people of
 * the records left out because they do not. A share is this part ÷ this whole on the card, chart, table and exports
 * alike, and says so when records were left out.
 */
export interface ShareBasis {
  whole: number;
  /** People on records that state their people but not this share's part and whole. */
  unstatedPeople: number;
}

/** One row of the summary table: a county, or (added up by code) a prefecture or province, whose own code and name then fill `county_code` and `county`. */
export interface CountySummary extends FigureSummary {
  level: AreaLevel;
  county_code: string;
  county: string;
  prefecture: string | null;
  province: string | null;
}

const registeredPoor = (r: RelocationRecord) => r.registered_poor_people;
const everyone = (r: RelocationRecord) => r.people;
const wholeVillage = (r: RelocationRecord) => r.whole_village_people;
// By how they moved, the whole is the two modes together, known only where both are.
const byMode = (r: RelocationRecord) => (r.whole_village_people === null || r.scattered_people === null ? null : r.whole_village_people + r.scattered_people);

/**
 * A column's known figures added up, approximate where a line stating one words it so; `blank` is what a blank cell
 * counts as where the contract says (a site line is one site).
 */
function counted<T extends { approximate?: readonly string[] }, K extends keyof T & string>(records: readonly T[], key: K, blank: number | null = null): Measure {
  return sumKnown(
    records,
    (record) => (record[key] as number | null | undefined) ?? blank,
    (record) => record.approximate?.includes(key) ?? false,
  );
}

/** Summarises any subset of the data: counts are sums of known figures, the income gain a household-weighted mean. */
export function summarise(data: Dataset): FigureSummary {
  const { relocation, sites, jobs, income } = data;
  // The programme's records: a census date is not a period of its figures.
  const all = programmeRecords(data);
  return {
    households: counted(relocation, 'households'),
    householdsDerived: relocation.some((r) => r.derived.includes('households')),
    derived_households: sumKnown(
      relocation.filter((r) => r.derived.includes('households')),
      (r) => r.households,
    ),
    people: counted(relocation, 'people'),
    registered_poor_people: counted(relocation, 'registered_poor_people'),
    registered_poor_share: shareWhereBothKnown(relocation, registeredPoor, everyone),
    registered_poor_basis: shareBasis(relocation, registeredPoor, everyone),
    synchronous_people: counted(relocation, 'synchronous_people'),
    whole_village_people: counted(relocation, 'whole_village_people'),
    scattered_people: counted(relocation, 'scattered_people'),
    whole_village_share: shareWhereBothKnown(relocation, wholeVillage, byMode),
    whole_village_basis: shareBasis(relocation, wholeVillage, byMode),
    units: counted(jobs, 'units'),
    jobs: counted(jobs, 'jobs'),
    relocated_workers: counted(jobs, 'relocated_workers'),
    income_households: counted(income, 'households'),
    income_gain_per_household_yuan: weightedMean(income, (i) => i.income_gain_per_household_yuan, (i) => i.households),
    gain_per_capita_people: sumKnown(
      income.filter((i) => i.income_gain_per_capita_yuan !== null),
      (i) => i.people,
    ),
    income_gain_per_capita_yuan: weightedMean(income, (i) => i.income_gain_per_capita_yuan, (i) => i.people),
    sites: counted(sites, 'sites', 1),
    housing_units: counted(sites, 'housing_units'),
    site_households: counted(sites, 'households'),
    site_people: counted(sites, 'people'),
    site_area_mu: counted(sites, 'area_mu'),
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

/** The whole a share divides by (over the records that state both) and the people of the records that do not. */
export function shareBasis(
  records: readonly RelocationRecord[],
  part: (record: RelocationRecord) => number | null,
  whole: (record: RelocationRecord) => number | null,
): ShareBasis {
  let wholes = 0;
  let unstatedPeople = 0;
  for (const record of records) {
    const p = part(record);
    const w = whole(record);
    if (p !== null && w !== null) wholes += w;
    else unstatedPeople += record.people ?? 0;
  }
  return { whole: wholes, unstatedPeople };
}
