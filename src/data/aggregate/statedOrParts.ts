import { group } from 'd3-array';
import type { BaseRecord, Dataset, Period } from '../types';
import { areaCode, levelBelow, levelOfCode, liesIn } from './areaLevel';

const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

/**
 * The records that give an area's figures, one level at a time: the area's own lines (a province's stated total),
 * and, from the places below it, only lines whose years its own lines leave open. A place's stated figure already
 * counts its parts, so a county's 2019 line beside its province's 2016-2020 total is a part of that total and never
 * added to it; a county's 2016-2020 beside a province line of 2016 alone overlaps it too and is left to the
 * coverage figures, as is any part whose years the stated figure covers only in part. Each place below is resolved
 * the same way before its lines are weighed against the area's, so a prefecture's total stands for its counties.
 */
export function statedOrParts<T extends BaseRecord>(records: readonly T[], area: string): T[] {
  const inside = records.filter((record) => liesIn(record.county_code, area));
  return resolve(inside, area);
}

function resolve<T extends BaseRecord>(records: readonly T[], area: string): T[] {
  // A file of counties only (every upload so far) needs no weighing: nothing in it states a total above a county.
  if (records.every((record) => levelOfCode(record.county_code) === 'county')) return [...records];
  const own = records.filter((record) => record.county_code === area);
  const below = levelBelow(levelOfCode(area));
  if (below === null) return own;
  const parts = [...group(
    records.filter((record) => record.county_code !== area),
    (record) => areaCode(record.county_code, below),
  )].flatMap(([child, lines]) => resolve(lines, child));
  return [...own, ...parts.filter((part) => !own.some((line) => overlaps(line.period, part.period)))];
}

/** The lines below an area, each place resolved as above, without the area's own: what its known parts add up to. */
export function knownParts<T extends BaseRecord>(records: readonly T[], area: string): T[] {
  return statedOrParts(
    records.filter((record) => record.county_code !== area),
    area,
  );
}

/** Picks, of one table's records, those an area's figures are made of. */
export type AreaPicker = <T extends BaseRecord>(records: readonly T[], area: string) => T[];

/** Every line within the area, at every level: what is shown of it, as against what its figures count. */
export const linesWithin: AreaPicker = (records, area) => records.filter((record) => liesIn(record.county_code, area));

/** Every table of the data, resolved for the area (by default its stated lines or its known parts). */
export function datasetFor(data: Dataset, area: string, pick: AreaPicker = statedOrParts): Dataset {
  return {
    relocation: pick(data.relocation, area),
    sites: pick(data.sites, area),
    jobs: pick(data.jobs, area),
    income: pick(data.income, area),
    population: pick(data.population, area),
  };
}
