import { DATASETS } from '../schema';
import type { DatasetSpec } from '../schema';
import type { BaseRecord, Problem, RelocationRecord } from '../types';
import { fileOf } from './notCounted';
import { additiveColumns, factIdentity, figureOf, levelMask, liesWithin, periodLength } from './factIdentity';


// At the range's place or below it: every level the range fills, the line fills the same.
function placedUnder(spec: DatasetSpec, record: BaseRecord, range: BaseRecord, rangeMask: number): boolean {
  const fields = record as unknown as Record<string, unknown>;
  const rangeFields = range as unknown as Record<string, unknown>;
  for (let bit = 0; bit < spec.levels.length; bit++) {
    if (!(rangeMask & (1 << bit))) continue;
    const key = spec.levels[bit]!;
    if (fields[key] !== rangeFields[key]) return false;
  }
  return true;
}

/**
 * Ranges contain the years inside them, at their place and every place below it: a county's 2016-2020 includes its
 * townships' 2019. Each counted relocation line inside a counted range gets `coveredBy`, the identity of the
 * shortest such range (2019 by 2019-2020, which 2016-2020 covers in turn), so whichever of them a period filter
 * keeps, each year counts once (see withoutCoveredRows). Nothing is dropped here. Where the lines a range covers
 * fill every one of its years and state a figure, their sum is checked against the range's.
 */
export function coverRanges(records: readonly RelocationRecord[]): { records: RelocationRecord[]; problems: Problem[]; coveredBy: ReadonlyMap<RelocationRecord, RelocationRecord> } {
  const spec = DATASETS.relocation;
  const rangesByCounty = new Map<string, { range: RelocationRecord; mask: number }[]>();
  for (const record of records) {
    if (periodLength(record) === 0) continue;
    const list = rangesByCounty.get(record.county_code) ?? [];
    list.push({ range: record, mask: levelMask(spec, record) });
    rangesByCounty.set(record.county_code, list);
  }
  const coveredBy = new Map<RelocationRecord, RelocationRecord>();
  for (const record of records) {
    let closest: RelocationRecord | null = null;
    for (const { range, mask } of rangesByCounty.get(record.county_code) ?? []) {
      if (!liesWithin(record, range) || !placedUnder(spec, record, range, mask)) continue;
      if (closest === null || periodLength(range) < periodLength(closest)) closest = range;
    }
    if (closest) coveredBy.set(record, closest);
  }
  const problems = checkRangesAgainstYears(spec, coveredBy);
  const marked = records.map((record) => {
    const range = coveredBy.get(record);
    const identity = range ? factIdentity(spec, range) : null;
    return record.coveredBy === identity ? record : { ...record, coveredBy: identity };
  });
  return { records: marked, problems, coveredBy };
}

function checkRangesAgainstYears(spec: DatasetSpec, coveredBy: ReadonlyMap<RelocationRecord, RelocationRecord>): Problem[] {
  const byRange = new Map<RelocationRecord, RelocationRecord[]>();
  for (const [record, range] of coveredBy) byRange.set(range, [...(byRange.get(range) ?? []), record]);
  const problems: Problem[] = [];
  for (const [range, covered] of byRange) {
    // Only the years that make up the whole range add up to it; 2019 and 2020 alone are no breakdown of 2016-2020.
    const years = new Set(covered.flatMap((record) => Array.from({ length: periodLength(record) + 1 }, (_, index) => record.period.from + index)));
    if (years.size !== periodLength(range) + 1) continue;
    for (const measure of additiveColumns(spec)) {
      const stated = figureOf(range, measure);
      if (stated === null || covered.some((record) => figureOf(record, measure) === null)) continue;
      const sum = covered.reduce((total, record) => total + figureOf(record, measure)!, 0);
      if (Math.abs(sum - stated) < 1e-6) continue;
      problems.push({
        ...fileOf(range),
        line: range.line,
        column: measure,
        value: String(stated),
        code: 'detail_sum_mismatch',
        severity: 'warning',
        params: { computed: sum, lines: covered.map((record) => record.line).join(', ') },
      });
    }
  }
  return problems;
}

/**
 * Leaves out every relocation line covered by a range that is itself among `records`, so the range counts and its
 * years do not; a line whose range is absent (a period filter dropped it) stays.
 */
export function withoutCoveredRows<T>(records: readonly T[]): T[] {
  const spec = DATASETS.relocation;
  const present = new Set<string>();
  let anyCovered = false;
  for (const record of records) {
    if (!isRelocation(record)) continue;
    if (record.coveredBy) anyCovered = true;
    if (periodLength(record) > 0) present.add(factIdentity(spec, record));
  }
  if (!anyCovered) return [...records];
  return records.filter((record) => !(isRelocation(record) && typeof record.coveredBy === 'string' && present.has(record.coveredBy)));
}

function isRelocation(record: unknown): record is RelocationRecord {
  return typeof record === 'object' && record !== null && 'coveredBy' in record && 'period' in record;
}
