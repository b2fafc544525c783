// Builders for the figures the pipeline hands on (measures, summaries, records), so each test states only the
// figures it is about. The one home for them: data, state and chart tests alike.
import type { CountySummary, FigureSummary } from '../../src/data/aggregate/summarise';
import type { MechanismSummary } from '../../src/data/aggregate/incomeByMechanism';
import type { Measure } from '../../src/data/sumKnown';
import type { JobsRecord, Period, UnitType } from '../../src/data/types';

export function measure(value: number | null, reported = value === null ? 0 : 1, missing = 0): Measure {
  return { value, reported, missing };
}

const UNKNOWN = measure(null);

export function figureSummary(overrides: Partial<FigureSummary> = {}): FigureSummary {
  return {
    households: UNKNOWN,
    householdsDerived: false,
    derived_households: UNKNOWN,
    people: UNKNOWN,
    registered_poor_people: UNKNOWN,
    registered_poor_share: null,
    registered_poor_basis: { whole: 0, unstatedPeople: 0 },
    synchronous_people: UNKNOWN,
    whole_village_people: UNKNOWN,
    scattered_people: UNKNOWN,
    whole_village_share: null,
    whole_village_basis: { whole: 0, unstatedPeople: 0 },
    units: UNKNOWN,
    jobs: UNKNOWN,
    relocated_workers: UNKNOWN,
    income_households: UNKNOWN,
    income_gain_per_household_yuan: UNKNOWN,
    gain_per_capita_people: UNKNOWN,
    income_gain_per_capita_yuan: UNKNOWN,
    sites: UNKNOWN,
    housing_units: UNKNOWN,
    site_households: UNKNOWN,
    site_people: UNKNOWN,
    site_area_mu: UNKNOWN,
    periods: [],
    population: null,
    people_per_1000_residents: null,
    jobs_per_1000_residents: null,
    ...overrides,
  };
}

export function countySummary(code: string, county: string, overrides: Partial<FigureSummary> = {}): CountySummary {
  return { level: 'county', county_code: code, county, prefecture: null, province: null, ...figureSummary(overrides) };
}

export function period(label: string): Period {
  const [from, to = from] = label.split('-').map(Number) as [number, number?];
  return { from, to, label };
}

export function jobsRecord(
  county: string,
  unitType: UnitType,
  figures: Partial<Pick<JobsRecord, 'units' | 'jobs' | 'relocated_workers'>> = {},
  code = county,
): JobsRecord {
  return {
    line: 2,
    county_code: code,
    county,
    period: period('2020'),
    source: null,
    note: null,
    prefecture: null,
    province: null,
    unit: `${county} ${unitType}`,
    unit_type: unitType,
    units: figures.units ?? 1,
    enterprises: null,
    jobs: figures.jobs ?? null,
    relocated_workers: figures.relocated_workers ?? null,
    poor_workers: null,
    avg_monthly_wage_yuan: null,
    area_mu: null,
  };
}

export function mechanism(name: string, perHousehold: number | null, perCapita: number | null = null, households: number | null = null): MechanismSummary {
  return {
    mechanism: name,
    households: measure(households),
    income_gain_per_household_yuan: measure(perHousehold),
    income_gain_per_capita_yuan: measure(perCapita),
  };
}
