import { group } from 'd3-array';
import type { RelocationRecord } from '../types';
import { sumKnown, type Measure } from '../sumKnown';

export interface PeriodPoint {
  period: string;
  people: Measure;
}

/**
 * Relocated people over time. Where the data has single-year rows they form a yearly series and rows
 * covering a range are left out (counted in `rangeRowsLeftOut`), since a range cannot be split into years;
 * where it has only ranges, each range is one point.
 */
export function peopleByPeriod(relocation: readonly RelocationRecord[]): { kind: 'yearly' | 'ranges'; points: PeriodPoint[]; rangeRowsLeftOut: number } {
  const yearly = relocation.filter((record) => record.period.from === record.period.to);
  const kind = yearly.length > 0 ? 'yearly' : 'ranges';
  const used = kind === 'yearly' ? yearly : relocation;
  const points = [...group(used, (record) => record.period.label)]
    .map(([period, records]) => ({ period, people: sumKnown(records, (record) => record.people) }))
    .sort((a, b) => a.period.localeCompare(b.period));
  return { kind, points, rangeRowsLeftOut: relocation.length - used.length };
}
