import type { Problem, RelocationRecord } from '../types';
import { sumKnown } from '../sumKnown';
import { RELOCATION_MEASURES } from './resolveCountyTotals';

/** What names one relocation row's span: county code, period, township and site (blank as empty). */
export function spanKey(record: Pick<RelocationRecord, 'county_code' | 'period' | 'township' | 'site'>): string {
  return [record.county_code, record.period.label, record.township ?? '', record.site ?? ''].join('|');
}

function placeKey(record: RelocationRecord): string {
  return [record.county_code, record.township ?? '', record.site ?? ''].join('|');
}

function length(record: RelocationRecord): number {
  return record.period.to - record.period.from;
}

// Within the range and shorter than it: 2019 or 2019-2020 within 2016-2020, but not 2016-2020 itself.
function liesWithin(inner: RelocationRecord, range: RelocationRecord): boolean {
  return inner.period.from >= range.period.from && inner.period.to <= range.period.to && length(inner) < length(range);
}

/**
 * Marks the rows whose figures a range row already includes, so a range and its years are not both counted.
 * A row is covered by a range row (2016-2020) of the same county, township and site when its period lies within
 * the range and is shorter (2019, or 2019-2020); it gets `coveredBy: spanKey(range)`, every other row null.
 * Where several ranges cover a row, the shortest does (2019 by 2019-2020, which 2016-2020 covers in turn), so
 * whichever of them a period filter keeps, each year is counted once. Where the rows a range covers all state a
 * figure and their sum differs from the range's, that is a `detail_sum_mismatch` warning on the range's line.
 * Nothing is dropped here: `filterDataset` leaves out a covered row while the range covering it is shown.
 */
export function markCoveredYears(records: readonly RelocationRecord[]): { records: RelocationRecord[]; problems: Problem[] } {
  const ranges = records.filter((record) => length(record) > 0);
  const byPlace = new Map<string, RelocationRecord[]>();
  for (const range of ranges) {
    const key = placeKey(range);
    byPlace.set(key, [...(byPlace.get(key) ?? []), range]);
  }

  const coveredBy = new Map<RelocationRecord, RelocationRecord>();
  for (const record of records) {
    const enclosing = (byPlace.get(placeKey(record)) ?? []).filter((range) => liesWithin(record, range));
    // The shortest range covers it; of two equally long, the one on the earlier line.
    const [closest] = enclosing.sort((a, b) => length(a) - length(b) || a.line - b.line);
    if (closest) coveredBy.set(record, closest);
  }

  const problems: Problem[] = [];
  for (const range of ranges) {
    const covered = records.filter((record) => coveredBy.get(record) === range);
    if (covered.length === 0) continue;
    for (const measure of RELOCATION_MEASURES) {
      const stated = range[measure];
      const sum = sumKnown(covered, (record) => record[measure]);
      if (stated === null || sum.missing > 0 || sum.value === null || sum.value === stated) continue;
      problems.push({
        line: range.line,
        column: measure,
        value: String(stated),
        code: 'detail_sum_mismatch',
        severity: 'warning',
        params: { computed: sum.value, lines: covered.map((record) => record.line).join(', ') },
      });
    }
  }

  const marked = records.map((record) => {
    const range = coveredBy.get(record);
    // A record no range covers is kept as it is: copying thousands of them was most of this step's time.
    if (!range) return record.coveredBy === null ? record : { ...record, coveredBy: null };
    return { ...record, coveredBy: spanKey(range) };
  });
  problems.sort((a, b) => a.line - b.line);
  return { records: marked, problems };
}

/**
 * Leaves out every row covered by a range row that is itself among `records`, so the range counts and its years
 * do not; a row whose range is absent (a period filter dropped it) stays. Rows without `coveredBy` (sites, jobs,
 * income, or relocation records stored before it existed) always stay.
 */
export function withoutCoveredRows<T>(records: readonly T[]): T[] {
  const spans = new Set<string>();
  for (const record of records) if (isRelocation(record)) spans.add(spanKey(record));
  return records.filter((record) => !(isRelocation(record) && typeof record.coveredBy === 'string' && spans.has(record.coveredBy)));
}

function isRelocation(record: unknown): record is RelocationRecord {
  return typeof record === 'object' && record !== null && 'county_code' in record && 'period' in record && 'township' in record && 'site' in record;
}
