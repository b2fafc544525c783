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

// A row with township and site blank is the county's total; one with a township but no site is that township's
// total. Households added up are details wherever they sit, never a total.
function isCountyTotal(record: RelocationRecord): boolean {
  return record.township === null && record.site === null && record.householdRows === 0;
}

function isTownshipTotal(record: RelocationRecord): boolean {
  return record.township !== null && record.site === null && record.householdRows === 0;
}

/**
 * The total row's figures, with any figure it leaves blank taken from its details when every detail states it
 * (a breakdown with a blank row is incomplete, so its sum is no total). A stated figure that its complete
 * breakdown contradicts is kept, with a `detail_sum_mismatch` warning on the total's line.
 */
function mergeTotalWithDetails(total: RelocationRecord, details: readonly RelocationRecord[], problems: Problem[]): RelocationRecord {
  const merged: RelocationRecord = { ...total };
  for (const measure of RELOCATION_MEASURES) {
    const detailSum = sumKnown(details, (record) => record[measure]);
    // Only a breakdown in which every row states the figure adds up to a total.
    const computed = detailSum.missing === 0 ? detailSum.value : null;
    const stated = total[measure];
    if (computed === null) continue;
    if (stated === null) {
      // The total leaves the figure blank: its complete breakdown is the best figure there is, marked as computed.
      merged[measure] = computed;
      merged.derived = [...merged.derived, measure];
    } else if (computed !== stated) {
      problems.push({
        line: total.line,
        column: measure,
        value: String(stated),
        code: 'detail_sum_mismatch',
        severity: 'warning',
        params: { computed, lines: details.map((record) => record.line).join(', ') },
      });
    }
  }
  return merged;
}

/** Within one county and period: each township total stands for its site rows; a township without one, for itself. */
function resolveTownships(rows: readonly RelocationRecord[], problems: Problem[]): RelocationRecord[] {
  const results: RelocationRecord[] = [];
  // Rows with no township (a site named alone) belong to no township total and stand as they are.
  results.push(...rows.filter((record) => record.township === null));
  const byTownship = group(rows.filter((record) => record.township !== null), (record) => record.township);
  for (const townshipRows of byTownship.values()) {
    const [total] = townshipRows.filter(isTownshipTotal);
    const sites = townshipRows.filter((record) => !isTownshipTotal(record));
    if (total === undefined) results.push(...sites);
    else results.push(mergeTotalWithDetails(total, sites, problems));
  }
  return results.sort((a, b) => a.line - b.line);
}

/**
 * Decides which relocation rows count, so no figure is counted twice. Within each county and period, totals are
 * resolved level by level: a township row with the site blank is the total of that township's site rows, then a
 * county row (township and site blank) is the total of what the townships yield (their totals, or their site rows
 * where a township has none) and of any site named without a township. At each level the stated total is the
 * figure and the rows below it its breakdown: a complete breakdown that disagrees is a `detail_sum_mismatch`
 * warning, and a figure the total leaves blank is taken from a complete breakdown. Where a level has no total,
 * the rows below it are counted. Expects one total row per county, period and township: `dropDuplicateRows`
 * runs first.
 */
export function resolveCountyTotals(records: readonly RelocationRecord[]): { counted: RelocationRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const counted: RelocationRecord[] = [];
  const groups = group(records, (record) => `${record.county_code}|${record.period.label}`);
  for (const rows of groups.values()) {
    const [total] = rows.filter(isCountyTotal);
    const townships = resolveTownships(rows.filter((record) => !isCountyTotal(record)), problems);
    if (total === undefined) counted.push(...townships);
    else counted.push(mergeTotalWithDetails(total, townships, problems));
  }
  counted.sort((a, b) => a.line - b.line);
  problems.sort((a, b) => a.line - b.line);
  return { counted, problems };
}
