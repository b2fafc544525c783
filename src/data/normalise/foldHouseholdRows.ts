import type { ColumnSpec } from '../schema';
import type { CellValue, Problem, ValidRow } from '../types';
import type { HouseholdSink } from '../validate/validateTable';
import { RELOCATION_MEASURES } from './resolveCountyTotals';
import { FirstLineByKey } from './firstLineByKey';

/** How many household rows the import report previews as they were read, before they are added up. */
export const HOUSEHOLD_ROWS_SAMPLED = 5;

// What makes households one group: the same county, year, township, site and source.
const GROUP_COLUMNS = ['county_code', 'county', 'period', 'township', 'site', 'source'] as const;

interface HouseholdGroup {
  /** The group's texts as dictionary numbers, in GROUP_COLUMNS order. */
  ids: Int32Array;
  line: number;
  values: Record<string, CellValue>;
  /** The note every row so far has given, or null once two differ. */
  note: string | null;
  sums: Float64Array;
  /** Per measure: true once a row of the group leaves it blank, so the group's figure is unknown. */
  blank: Uint8Array;
  rows: number;
}

/** Where each column the fold reads stands among a file's columns: found once per file, not per row. */
interface Positions {
  columns: readonly ColumnSpec[];
  group: readonly number[];
  measures: readonly number[];
  household: number;
  note: number;
}

function textOf(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? value.label : String(value);
}

// A cell cut from a chunk of the file can keep the whole chunk alive (V8 shares the chunk's memory): what the
// fold keeps outlives its chunk, so its texts are copied.
function detached(value: CellValue): CellValue {
  return typeof value === 'string' ? ` ${value}`.slice(1) : value;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Adds up household-level relocation rows (one row per household, named by `household_id`) as they arrive, so a
 * province's million households become a few thousand rows, one per county, year, township, resettlement site
 * and source, each counting how many household rows it holds. Only these sums leave the worker; a million row
 * objects never exist. Texts are dictionary-encoded: a group is found by the numbers of its six texts. A
 * household named twice in one county and period is counted once, the repeat a `duplicate_key` warning, as a
 * repeated aggregate row is. A group's figure is unknown when any of its rows leaves it blank (a breakdown with
 * a gap is no total); its note is kept only when every row says the same.
 *
 * Rows come two ways: plain rows straight from validation, by position (`addPlainHousehold`), and rows the full
 * validation read, by name (`add`); both land in the same groups.
 */
export class HouseholdRowFold implements HouseholdSink {
  private readonly groups = new Map<number, HouseholdGroup[]>();
  private readonly dictionary = new Map<string, number>();
  private readonly firstLineOf = new FirstLineByKey();
  private readonly ids = new Int32Array(GROUP_COLUMNS.length);
  private readonly figures = new Float64Array(RELOCATION_MEASURES.length);
  private positions: Positions | null = null;
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
      if (typeof id !== 'string') {
        others.push(row);
        continue;
      }
      const values = row.values;
      GROUP_COLUMNS.forEach((column, index) => (this.ids[index] = this.idOf(textOf(values[column]))));
      RELOCATION_MEASURES.forEach((measure, index) => {
        const value = values[measure];
        this.figures[index] = typeof value === 'number' ? value : NaN;
      });
      this.addHousehold(row.line, id, () => ({ ...values }), (values['note'] as string | null | undefined) ?? null);
    }
    return others;
  }

  addPlainHousehold(line: number, values: readonly CellValue[], columns: readonly ColumnSpec[]): void {
    const positions = this.positionsIn(columns);
    const group = positions.group;
    for (let index = 0; index < group.length; index++) {
      const at = group[index]!;
      this.ids[index] = at < 0 ? 0 : this.idOf(textOf(values[at]));
    }
    const measures = positions.measures;
    for (let index = 0; index < measures.length; index++) {
      const at = measures[index]!;
      const value = at < 0 ? null : values[at];
      this.figures[index] = typeof value === 'number' ? value : NaN;
    }
    const byName = () => {
      const named: Record<string, CellValue> = {};
      for (let index = 0; index < columns.length; index++) named[columns[index]!.key] = values[index] ?? null;
      return named;
    };
    const note = positions.note < 0 ? null : ((values[positions.note] as string | null) ?? null);
    this.addHousehold(line, values[positions.household] as string, byName, note);
  }

  /** One row per group, with `householdRows` saying how many household rows it adds up. */
  rows(): ValidRow[] {
    return [...this.groups.values()].flat().map((group) => {
      const values: Record<string, CellValue> = { ...group.values, note: group.note };
      RELOCATION_MEASURES.forEach((measure, index) => {
        values[measure] = group.blank[index] ? null : group.sums[index]!;
      });
      return { line: group.line, values, householdRows: group.rows };
    });
  }

  // Adds the household whose group texts are in `this.ids` and figures in `this.figures` (NaN for blank).
  private addHousehold(line: number, id: string, valuesByName: () => Record<string, CellValue>, note: string | null): void {
    this.rowsTaken++;
    // The preview shows rows as read, a repeat included, as it does for rows of totals.
    if (this.sample.length < HOUSEHOLD_ROWS_SAMPLED) this.sample.push({ line, values: valuesByName() });
    // The county's code (ids[0]) and the period (ids[2]) salt the household's number.
    const first = this.firstLineOf.firstLine(id, line, Math.imul(this.ids[0]!, 0x9e3779b1) ^ this.ids[2]!);
    if (first !== 0) {
      this.problems.push({ line, column: 'household_id', value: id, code: 'duplicate_key', severity: 'warning', params: { first } });
      return;
    }
    const group = this.groupFor(line, valuesByName, note);
    if (group.note !== note) group.note = null;
    group.rows++;
    const { figures, sums, blank } = { figures: this.figures, sums: group.sums, blank: group.blank };
    for (let index = 0; index < figures.length; index++) {
      const value = figures[index]!;
      if (value === value) sums[index] = sums[index]! + value;
      else blank[index] = 1;
    }
  }

  private groupFor(line: number, valuesByName: () => Record<string, CellValue>, note: string | null): HouseholdGroup {
    const ids = this.ids;
    let hash = 0x811c9dc5;
    // Dictionary numbers are small: each is mixed in whole (multiply, then fold the high bits down), or groups
    // that differ only in a township's number would share a hash.
    for (let index = 0; index < ids.length; index++) {
      hash = Math.imul(hash ^ ids[index]!, 0x9e3779b1);
      hash ^= hash >>> 15;
    }
    // 30 bits keep the key a small integer: a larger one is a heap number, allocated for every row.
    hash &= 0x3fffffff;
    let candidates = this.groups.get(hash);
    if (candidates === undefined) this.groups.set(hash, (candidates = []));
    for (let index = 0; index < candidates.length; index++) if (sameIds(candidates[index]!.ids, ids)) return candidates[index]!;
    const values = valuesByName();
    for (const key in values) values[key] = detached(values[key]!);
    const group: HouseholdGroup = {
      ids: ids.slice(),
      line,
      values: { ...values, household_id: null },
      note,
      sums: new Float64Array(RELOCATION_MEASURES.length),
      blank: new Uint8Array(RELOCATION_MEASURES.length),
      rows: 0,
    };
    candidates.push(group);
    return group;
  }

  /** A text's dictionary number (0 for blank); each distinct text is copied once. */
  private idOf(text: string | null): number {
    if (text === null) return 0;
    let id = this.dictionary.get(text);
    if (id === undefined) {
      id = this.dictionary.size + 1;
      this.dictionary.set(detached(text) as string, id);
    }
    return id;
  }

  private positionsIn(columns: readonly ColumnSpec[]): Positions {
    if (this.positions?.columns === columns) return this.positions;
    const at = (key: string) => columns.findIndex((column) => column.key === key);
    this.positions = {
      columns,
      group: GROUP_COLUMNS.map(at),
      measures: RELOCATION_MEASURES.map(at),
      household: at('household_id'),
      note: at('note'),
    };
    return this.positions;
  }
}
