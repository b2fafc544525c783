import type { DatasetSpec } from '../schema';
import type { BaseRecord, Period, Problem, SubtotalCheck, ValidRow } from '../types';
import { isSubtotalLabel } from '../validate/subtotalLabels';
import { sumKnown } from '../sumKnown';
import { withoutCoveredRows } from './markCoveredYears';

function additiveColumns(spec: DatasetSpec): string[] {
  return spec.columns.filter((column) => (column.type === 'count' || column.type === 'amount') && !column.notAdditive).map((column) => column.key);
}

function isPeriod(value: unknown): value is Period {
  return typeof value === 'object' && value !== null && 'label' in value;
}

// A subtotal in the county (or code) cell sums the whole file; one further right sums its county's rows.
function scopeOf(subtotal: ValidRow): string {
  const code = subtotal.values['county_code'];
  const county = subtotal.values['county'];
  if (typeof code !== 'string' || !/^\d{6}$/.test(code) || isSubtotalLabel(typeof county === 'string' ? county : null)) return 'all';
  return code;
}

// The label cells that place a subtotal: 小计 in the site column of township A镇 sums A镇's rows only.
function labelsOf(spec: DatasetSpec, subtotal: ValidRow): [string, string][] {
  const labels: [string, string][] = [];
  for (const key of spec.labelColumns) {
    const value = subtotal.values[key];
    if (typeof value === 'string' && value.trim() !== '' && !isSubtotalLabel(value)) labels.push([key, value.trim()]);
  }
  return labels;
}

function hasLabels(record: BaseRecord, labels: readonly [string, string][]): boolean {
  const fields = record as unknown as Record<string, unknown>;
  return labels.every(([key, value]) => fields[key] === value);
}

/**
 * Compares each subtotal row (合计/小计) with the counted rows it sums, column by column: the rows of its county
 * (or of the whole file) and period whose label columns (township, site, unit, mechanism) match the subtotal's own
 * filled-in labels. Subtotals are never added to any figure; a disagreement is reported as a warning on the
 * subtotal's line. A year a range row covers is not summed beside that range.
 */
export function checkSubtotals(
  spec: DatasetSpec,
  subtotals: readonly ValidRow[],
  counted: readonly BaseRecord[],
): { checks: SubtotalCheck[]; problems: Problem[] } {
  const checks: SubtotalCheck[] = [];
  const problems: Problem[] = [];
  for (const subtotal of subtotals) {
    const scope = scopeOf(subtotal);
    const period = subtotal.values['period'];
    const labels = labelsOf(spec, subtotal);
    const summed = withoutCoveredRows(
      counted.filter(
        (record) =>
          (scope === 'all' || record.county_code === scope) &&
          (!isPeriod(period) || record.period.label === period.label) &&
          hasLabels(record, labels),
      ),
    );
    for (const column of additiveColumns(spec)) {
      const stated = subtotal.values[column];
      if (typeof stated !== 'number') continue;
      const computed = sumKnown(summed, (record) => (record as unknown as Record<string, number | null>)[column] ?? null).value;
      const agrees = computed !== null && Math.abs(computed - stated) < 1e-6;
      checks.push({ line: subtotal.line, scope, column, stated, computed, agrees });
      if (!agrees) {
        problems.push({
          line: subtotal.line,
          column,
          value: String(stated),
          code: 'subtotal_mismatch',
          severity: 'warning',
          params: { computed: computed === null ? '—' : computed },
        });
      }
    }
  }
  return { checks, problems };
}
