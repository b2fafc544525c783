import type { DatasetSpec } from '../schema';
import type { BaseRecord, Period, Problem, SubtotalCheck, ValidRow } from '../types';
import { totalWording } from '../validate/totalWording';
import { additiveColumns, figureOf, liesWithin, periodLength } from './factIdentity';

function isPeriod(value: unknown): value is Period {
  return typeof value === 'object' && value !== null && 'label' in value;
}

interface Scope {
  /** 'all' for the whole file, else the county code whose lines it sums. */
  county: string;
  period: Period | null;
  labels: [string, string][];
  /** A bare 小计: the lines since the previous total line. */
  sinceLine: number | null;
}

// An enum cell names its value by code or Chinese word: 扶贫车间小计 in the unit column scopes the type.
function enumScope(spec: DatasetSpec, scope: string): [string, string] | null {
  for (const column of spec.columns) {
    const value = column.enumValues?.find((option) => option.label.zh === scope || option.code === scope.toLowerCase());
    if (value) return [column.key, value.code];
  }
  return null;
}

function scopeOf(spec: DatasetSpec, total: ValidRow, previousTotalLine: number): Scope {
  const code = total.values['county_code'];
  const county = total.values['county'];
  const wholeFile = typeof code !== 'string' || !/^\d{6}$/.test(code) || totalWording(typeof county === 'string' ? county : null) !== null;
  const period = total.values['period'];
  const labels: [string, string][] = [];
  let bare = false;
  const keys = [...new Set([...spec.labelColumns, ...spec.levels])];
  for (const key of keys) {
    const value = total.values[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const wording = totalWording(value);
    if (!wording) labels.push([key, value.trim()]);
    else if (wording.scope !== null) labels.push(enumScope(spec, wording.scope) ?? [key, wording.scope]);
    else if (wording.sinceLastTotal) bare = true;
  }
  return { county: wholeFile ? 'all' : (code), period: isPeriod(period) ? period : null, labels, sinceLine: bare && labels.length === 0 ? previousTotalLine : null };
}


// A year that a range among the same lines includes is already in the range's figure.
function withoutYearsOfRanges<T extends BaseRecord>(records: readonly T[]): T[] {
  const ranges = records.filter((record) => periodLength(record) > 0);
  if (ranges.length === 0) return [...records];
  return records.filter(
    (record) => !ranges.some((range) => liesWithin(record, range)),
  );
}

function inScope(record: BaseRecord, scope: Scope, line: number): boolean {
  const fields = record as unknown as Record<string, unknown>;
  return (
    (scope.county === 'all' || record.county_code === scope.county) &&
    (scope.period === null || record.period.label === scope.period.label) &&
    scope.labels.every(([key, value]) => fields[key] === value) &&
    (scope.sinceLine === null || (record.line > scope.sinceLine && record.line < line))
  );
}

/**
 * Totals by wording (合计, 上馆镇小计, 扶贫车间小计, 全县…) are never counted: each is compared, column by column,
 * with the lines it names: its county (or the whole file) and period, the places or type its cells name, and for
 * a bare 小计 the lines since the previous total. Of those lines, the outermost are summed (a township's line, not
 * also its sites), and a year a range covers is not summed beside that range. A difference is a warning.
 */
export function checkTotalsByWording<T extends BaseRecord>(
  spec: DatasetSpec,
  totals: readonly ValidRow[],
  facts: readonly T[],
  totalOf: ReadonlyMap<T, T>,
): { checks: SubtotalCheck[]; problems: Problem[] } {
  const checks: SubtotalCheck[] = [];
  const problems: Problem[] = [];
  let previous = 0;
  for (const total of [...totals].sort((a, b) => a.line - b.line)) {
    const scope = scopeOf(spec, total, previous);
    previous = total.line;
    const matching = facts.filter((record) => inScope(record, scope, total.line));
    const inside = new Set<BaseRecord>(matching);
    const outermost = withoutYearsOfRanges(matching.filter((record) => !inside.has(totalOf.get(record) as BaseRecord)));
    for (const column of additiveColumns(spec)) {
      const stated = total.values[column];
      if (typeof stated !== 'number') continue;
      const known = outermost.map((record) => figureOf(record, column)).filter((value): value is number => value !== null);
      const computed = known.length === 0 ? null : known.reduce((sum, value) => sum + value, 0);
      const agrees = computed !== null && Math.abs(computed - stated) < 1e-6;
      checks.push({ line: total.line, scope: scope.county, column, stated, computed, agrees });
      if (!agrees) {
        problems.push({ line: total.line, column, value: String(stated), code: 'subtotal_mismatch', severity: 'warning', params: { computed: computed ?? '—' } });
      }
    }
  }
  return { checks, problems };
}
