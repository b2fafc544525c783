import type { CellValue, Problem, ValidRow } from '../types';
import { RELOCATION_MEASURES } from './resolveCountyTotals';
import { FirstLineByKey } from './firstLineByKey';

/** How many household rows the import report previews as they were read, before they are added up. */
export const HOUSEHOLD_ROWS_SAMPLED = 5;


interface HouseholdGroup {
  line: number;
  values: Record<string, CellValue>;
  sums: Float64Array;
  /** Per measure: true once a row of the group leaves it blank, so the group's figure is unknown. */
  blank: Uint8Array;
  rows: number;
}

// What makes households one group: the same county, year, township, site and source.
const GROUP_COLUMNS = ['county_code', 'county', 'period', 'township', 'site', 'source'] as const;

function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? value.label : String(value);
}

// A million rows each looked up by a joined string key spent a third of the fold building and hashing the
// strings; a numeric hash of the cells, checked against the group's own cells, does the same in less.
function groupHash(values: Readonly<Record<string, CellValue>>): number {
  let hash = 0x811c9dc5;
  for (const column of GROUP_COLUMNS) {
    const text = textOf(values[column]);
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0xff, 0x01000193);
  }
  return hash >>> 0;
}

function sameGroup(group: HouseholdGroup, values: Readonly<Record<string, CellValue>>): boolean {
  for (const column of GROUP_COLUMNS) if (textOf(group.values[column]) !== textOf(values[column])) return false;
  return true;
}

/**
 * Adds a household's figures to its group's, in RELOCATION_MEASURES order. Each measure is read by name, not in a loop over names: a read
 * under a varying name is a slow lookup, and this runs eleven times for every one of a million rows.
 */
function addFigures(group: HouseholdGroup, values: Readonly<Record<string, CellValue>>): void {
  const figures = [
    values['households'],
    values['people'],
    values['registered_poor_households'],
    values['registered_poor_people'],
    values['synchronous_households'],
    values['synchronous_people'],
    values['whole_village_households'],
    values['whole_village_people'],
    values['scattered_households'],
    values['scattered_people'],
    values['villages'],
  ];
  for (let index = 0; index < figures.length; index++) {
    const value = figures[index];
    if (typeof value === 'number') group.sums[index] = (group.sums[index] ?? 0) + value;
    else group.blank[index] = 1;
  }
}

/**
 * Adds up household-level relocation rows (one row per household, named by `household_id`) as they arrive, so a
 * province's million households become a few thousand rows, one per county, year, township, resettlement site
 * and source, each counting how many household rows it holds. Only these sums leave the worker; a million row
 * objects never exist. A household named twice in one county and period is counted once, the repeat a
 * `duplicate_key` warning, as a repeated aggregate row is. A group's figure is unknown when any of its rows
 * leaves it blank (a breakdown with a gap is no total); its note is kept only when every row says the same.
 */
export class HouseholdRowFold {
  private readonly groups = new Map<number, HouseholdGroup[]>();
  private readonly firstLineOf = new FirstLineByKey();
  readonly problems: Problem[] = [];
  /** The first household rows as read, for the report's preview. */
  readonly sample: ValidRow[] = [];
  /** Household rows taken, repeats included: each was an accepted row. */
  rowsTaken = 0;

  /** Takes the household rows among `rows` and returns the others, which count as they are. */
  add(rows: readonly ValidRow[]): ValidRow[] {
    const others: ValidRow[] = [];
    for (const row of rows) {
      const id = row.values['household_id'];
      if (typeof id !== 'string') others.push(row);
      else {
        this.rowsTaken++;
        this.addHousehold(row, id);
      }
    }
    return others;
  }

  /** One row per group, with `householdRows` saying how many household rows it adds up. */
  rows(): ValidRow[] {
    return [...this.groups.values()].flat().map((group) => {
      const values = { ...group.values };
      RELOCATION_MEASURES.forEach((measure, index) => {
        values[measure] = group.blank[index] ? null : group.sums[index]!;
      });
      return { line: group.line, values, householdRows: group.rows };
    });
  }

  private addHousehold(row: ValidRow, id: string): void {
    // The preview shows rows as read, a repeat included, as it does for rows of totals.
    if (this.sample.length < HOUSEHOLD_ROWS_SAMPLED) this.sample.push(row);
    const values = row.values;
    const householdKey = `${textOf(values['county_code'])}\u0000${textOf(values['period'])}\u0000${id}`;
    const first = this.firstLineOf.firstLine(householdKey, row.line);
    if (first !== 0) {
      this.problems.push({ line: row.line, column: 'household_id', value: id, code: 'duplicate_key', severity: 'warning', params: { first } });
      return;
    }

    const hash = groupHash(values);
    let candidates = this.groups.get(hash);
    let group: HouseholdGroup | undefined;
    if (candidates === undefined) this.groups.set(hash, (candidates = []));
    else for (let index = 0; index < candidates.length && group === undefined; index++) if (sameGroup(candidates[index]!, values)) group = candidates[index];
    if (group === undefined) {
      group = {
        line: row.line,
        values: { ...detachedTexts(values), household_id: null },
        sums: new Float64Array(RELOCATION_MEASURES.length),
        blank: new Uint8Array(RELOCATION_MEASURES.length),
        rows: 0,
      };
      candidates.push(group);
    } else if (group.values['note'] !== values['note']) group.values['note'] = null;
    group.rows++;
    addFigures(group, values);
  }
}

// A cell cut from a chunk of the file can keep the whole chunk alive (V8 shares the chunk's memory): a group
// outlives its chunk, so its texts are copied.
function detachedTexts(values: Readonly<Record<string, CellValue>>): Record<string, CellValue> {
  const copy: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(values)) copy[key] = typeof value === 'string' ? ` ${value}`.slice(1) : value;
  return copy;
}
