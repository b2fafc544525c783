import type { DatasetSpec } from '../schema';
import type { BaseRecord, Period, Problem, SubtotalCheck, ValidRow } from '../types';
import { isSubtotalLabel } from '../validate/subtotalLabels';
import { sumKnown } from '../sumKnown';

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

/**
 * Compares each subtotal row (合计/小计) with the counted rows it sums, column by column. Subtotals are never
 * added to any figure; a disagreement is reported as a warning on the subtotal's line.
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
    const summed = counted.filter(
      (record) => (scope === 'all' || record.county_code === scope) && (!isPeriod(period) || record.period.label === period.label),
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
