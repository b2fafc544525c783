import { group, sum } from 'd3-array';
import type { BaseRecord, Dataset, PopulationRecord } from '../types';
import { sumKnown } from '../sumKnown';
import { programmeRecords } from './programmeRecords';

/** Figures per resident of the counties a set of records covers. Null is unknown: never a ratio over a guessed population. */
export interface PerResident {
  /** The residents of those counties, when every one of them has a population. */
  population: number | null;
  /** Relocated people per 1,000 residents. */
  people_per_1000_residents: number | null;
  /** Jobs in parks, workshops and enterprises per 1,000 residents. */
  jobs_per_1000_residents: number | null;
}

const UNKNOWN: PerResident = { population: null, people_per_1000_residents: null, jobs_per_1000_residents: null };

/**
 * Each county's population, from its latest record among those given: the filtered data keeps only periods within
 * the chosen years, so this is the latest population within the filter (a census outside them is not used). Of two
 * records ending the same year, the one starting later (a year rather than a range) is taken.
 */
export function populationByCounty(records: readonly PopulationRecord[]): Map<string, number> {
  const latest = new Map<string, PopulationRecord>();
  for (const record of records) {
    const kept = latest.get(record.county_code);
    const later = !kept || record.period.to > kept.period.to || (record.period.to === kept.period.to && record.period.from > kept.period.from);
    if (later) latest.set(record.county_code, record);
  }
  return new Map([...latest].map(([code, record]) => [code, record.population]));
}

/**
 * Relocated people and jobs per 1,000 residents of the counties the programme records cover: Σ figure ÷ Σ population
 * × 1,000. Known only when every one of those counties has a population and states the figure; a county left out of
 * either sum would make the ratio wrong without saying so.
 */
export function perResident(data: Dataset): PerResident {
  const programme = programmeRecords(data);
  const counties = [...new Set(programme.map((record) => record.county_code))];
  const populations = populationByCounty(data.population);
  const known = counties.map((code) => populations.get(code));
  if (counties.length === 0 || known.some((value) => value === undefined)) return UNKNOWN;
  const population = sum(known as number[]);
  const perThousand = <T extends BaseRecord>(records: readonly T[], figure: (record: T) => number | null): number | null => {
    const byCounty = group(records, (record) => record.county_code);
    const figures = counties.map((code) => sumKnown(byCounty.get(code) ?? [], figure).value);
    if (population === 0 || figures.some((value) => value === null)) return null;
    return (sum(figures as number[]) / population) * 1000;
  };
  return {
    population,
    people_per_1000_residents: perThousand(data.relocation, (record) => record.people),
    jobs_per_1000_residents: perThousand(data.jobs, (record) => record.jobs),
  };
}
