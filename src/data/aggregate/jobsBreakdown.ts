import { group } from 'd3-array';
import type { JobsRecord, UnitType } from '../types';
import { sumKnown, type Measure } from '../sumKnown';

export type JobsMeasure = 'jobs' | 'relocated_workers' | 'units';

export const JOBS_MEASURES: readonly JobsMeasure[] = ['jobs', 'relocated_workers', 'units'];

export const UNIT_TYPE_ORDER: readonly UnitType[] = ['industrial_park', 'township_workshop', 'enterprise', 'family_workshop'];

/** The first measure that some record states, so a chart shows jobs where known and otherwise what is known. */
export function firstKnownJobsMeasure(jobs: readonly JobsRecord[]): JobsMeasure {
  return JOBS_MEASURES.find((measure) => jobs.some((record) => record[measure] !== null)) ?? 'jobs';
}

/** A jobs measure summed by unit type, in a fixed order of types; types with no records are left out. */
export function jobsByUnitType(jobs: readonly JobsRecord[], measure: JobsMeasure): { unitType: UnitType; value: Measure }[] {
  const byType = group(jobs, (record) => record.unit_type);
  return UNIT_TYPE_ORDER.filter((type) => byType.has(type)).map((unitType) => ({
    unitType,
    value: sumKnown(byType.get(unitType) ?? [], (record) => record[measure]),
  }));
}

/** A jobs measure summed by county and unit type, for a stacked bar per county. */
export function jobsByCounty(jobs: readonly JobsRecord[], measure: JobsMeasure): { county_code: string; county: string; byType: Map<UnitType, Measure> }[] {
  return [...group(jobs, (record) => record.county_code)].map(([county_code, records]) => ({
    county_code,
    county: records[0]?.county ?? county_code,
    byType: new Map(jobsByUnitType(records, measure).map(({ unitType, value }) => [unitType, value])),
  }));
}
