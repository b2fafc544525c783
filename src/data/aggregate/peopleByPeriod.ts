import { group } from 'd3-array';
import type { RelocationRecord } from '../types';
import { sumKnown, type Measure } from '../sumKnown';

export interface PeriodPoint {
  period: string;
  people: Measure;
}

/** One county's figures on the same periods as the total, a period it has no row for being unknown (never 0). */
export interface CountyPeriodLine {
  county_code: string;
  county: string;
  points: PeriodPoint[];
}

export interface PeopleByPeriod {
  kind: 'yearly' | 'ranges';
  points: PeriodPoint[];
  rangeRowsLeftOut: number;
  /** Set when counties are compared: one line each, in the order asked, instead of their sum. */
  lines?: CountyPeriodLine[];
  /** Set when more than MAX_COMPARED_COUNTIES were to be compared: how many, drawn as their total instead. */
  tooManyToCompare?: number;
}

/** The most counties drawn as lines of their own; past it the lines could not be told apart by colour. */
export const MAX_COMPARED_COUNTIES = 8;

function pointsOf(records: readonly RelocationRecord[], periods?: readonly string[]): PeriodPoint[] {
  const byPeriod = group(records, (record) => record.period.label);
  const labels = periods ?? [...byPeriod.keys()].sort((a, b) => a.localeCompare(b));
  return labels.map((period) => ({ period, people: sumKnown(byPeriod.get(period) ?? [], (record) => record.people) }));
}

/**
 * Relocated people over time. Where the data has single-year rows they form a yearly series and rows
 * covering a range are left out (counted in `rangeRowsLeftOut`), since a range cannot be split into years;
 * where it has only ranges, each range is one point. With two to MAX_COMPARED_COUNTIES counties to `compare`,
 * each of them also gets its own line on the same periods, so a comparison never shows their sum as one line.
 */
export function peopleByPeriod(relocation: readonly RelocationRecord[], compare: readonly string[] = []): PeopleByPeriod {
  const yearly = relocation.filter((record) => record.period.from === record.period.to);
  const kind = yearly.length > 0 ? 'yearly' : 'ranges';
  const used = kind === 'yearly' ? yearly : relocation;
  const points = pointsOf(used);
  const series: PeopleByPeriod = { kind, points, rangeRowsLeftOut: relocation.length - used.length };
  if (compare.length > MAX_COMPARED_COUNTIES) return { ...series, tooManyToCompare: compare.length };
  if (compare.length < 2) return series;
  const periods = points.map((point) => point.period);
  const byCounty = group(used, (record) => record.county_code);
  const names = new Map(relocation.map((record) => [record.county_code, record.county]));
  const lines = compare
    .filter((code) => names.has(code))
    .map((code) => ({ county_code: code, county: names.get(code) ?? code, points: pointsOf(byCounty.get(code) ?? [], periods) }));
  return { ...series, lines };
}
