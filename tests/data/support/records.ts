import { periodOf } from '../../../src/data/parsePeriod';
import type { Dataset, IncomeRecord, JobsRecord, Period, PopulationRecord, RelocationRecord, SiteRecord } from '../../../src/data/types';

/** Test-only builders: one valid record of each dataset, with every figure blank unless the test states it. */

export function period(from: number, to: number = from): Period {
  return periodOf(from, to);
}

const DAI = { county_code: '140923', county: '代县', prefecture: '忻州市', province: '山西省' } as const;

const base = { ...DAI, period: period(2019), source: null, note: null };

export function relocation(overrides: Partial<RelocationRecord> = {}): RelocationRecord {
  return {
    line: 2,
    ...base,
    township: null,
    village: null,
    site: null,
    household_id: null,
    householdRows: 0,
    households: null,
    people: null,
    registered_poor_households: null,
    registered_poor_people: null,
    synchronous_households: null,
    synchronous_people: null,
    whole_village_households: null,
    whole_village_people: null,
    scattered_households: null,
    scattered_people: null,
    villages: null,
    derived: [],
    coveredBy: null,
    ...overrides,
  };
}

export function site(overrides: Partial<SiteRecord> = {}): SiteRecord {
  return { line: 2, ...base, site: 'A安置点', households: null, people: null, area_mu: null, opened: null, ...overrides };
}

export function jobs(overrides: Partial<JobsRecord> = {}): JobsRecord {
  return {
    line: 2,
    ...base,
    unit: 'A车间',
    unit_type: 'township_workshop',
    units: 1,
    enterprises: null,
    jobs: null,
    relocated_workers: null,
    poor_workers: null,
    avg_monthly_wage_yuan: null,
    area_mu: null,
    ...overrides,
  };
}

export function income(overrides: Partial<IncomeRecord> = {}): IncomeRecord {
  return {
    line: 2,
    ...base,
    mechanism: '务工',
    villages: null,
    households: null,
    people: null,
    income_gain_per_household_yuan: null,
    income_gain_per_capita_yuan: null,
    ...overrides,
  };
}

export function population(residents: number, overrides: Partial<PopulationRecord> = {}): PopulationRecord {
  return { line: 2, ...base, period: period(2020), population: residents, ...overrides };
}

export function dataset(parts: Partial<Dataset> = {}): Dataset {
  return { relocation: [], sites: [], jobs: [], income: [], population: [], ...parts };
}

/** A second county of the same prefecture, for multi-county cases. */
export const XINFU = { county_code: '140902', county: '忻府区', prefecture: '忻州市', province: '山西省' } as const;

export function bytes(csv: string): Uint8Array {
  return new TextEncoder().encode(csv);
}
