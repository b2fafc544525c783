import { group } from 'd3-array';
import type { Problem, RelocationRecord } from '../types';
import { sumKnown } from '../sumKnown';

/** The figures of relocation.csv that add up across rows. */
export const RELOCATION_MEASURES = [
  'households',
  'people',
  'registered_poor_households',
  'registered_poor_people',
  'synchronous_households',
  'synchronous_people',
  'whole_village_households',
  'whole_village_people',
  'scattered_households',
  'scattered_people',
  'villages',
] as const satisfies readonly (keyof RelocationRecord)[];

export type RelocationMeasure = (typeof RELOCATION_MEASURES)[number];

function isCountyTotal(record: RelocationRecord): boolean {
  return record.township === null && record.site === null;
}

function mergeTotalWithDetails(total: RelocationRecord, details: readonly RelocationRecord[], problems: Problem[]): RelocationRecord {
  const merged: RelocationRecord = { ...total };
  for (const measure of RELOCATION_MEASURES) {
    const detailSum = sumKnown(details, (record) => record[measure]);
    const stated = total[measure];
    if (stated === null) {
      // The total leaves the figure blank: its breakdown is the best figure there is, marked as computed.
      merged[measure] = detailSum.value;
      if (detailSum.value !== null) merged.derived = [...merged.derived, measure];
    } else if (detailSum.missing === 0 && detailSum.value !== null && detailSum.value !== stated) {
      problems.push({
        line: total.line,
        column: measure,
        value: String(stated),
        code: 'detail_sum_mismatch',
        severity: 'warning',
        params: { computed: detailSum.value, lines: details.map((record) => record.line).join(', ') },
      });
    }
  }
  return merged;
}

/**
 * Decides which relocation rows count, so no figure is counted twice: where one county and period has a
 * total row (no township or site) and detail rows, the total is the figure and the details its breakdown
 * (a disagreement is a warning); otherwise the detail rows are summed. Expects one total row per county and
 * period: `dropDuplicateRows` runs first.
 */
export function resolveCountyTotals(records: readonly RelocationRecord[]): { counted: RelocationRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const counted: RelocationRecord[] = [];
  const groups = group(records, (record) => `${record.county_code}|${record.period.label}`);
  for (const rows of groups.values()) {
    const totals = rows.filter(isCountyTotal);
    const details = rows.filter((record) => !isCountyTotal(record));
    const [total] = totals;
    if (total === undefined) counted.push(...details);
    else counted.push(mergeTotalWithDetails(total, details, problems));
  }
  counted.sort((a, b) => a.line - b.line);
  return { counted, problems };
}
