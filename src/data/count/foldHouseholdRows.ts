import type { ColumnSpec } from '../schema';
import type { CellValue, Problem, ValidRow } from '../types';
import type { HouseholdSink } from '../validate/validateTable';
import { PEOPLE_MEASURES, RELOCATION_MEASURES } from './relocationMeasures';
import { FirstLineByKey } from './firstLineByKey';
import type { Reading } from './chooseReading';

/** How many household rows the import report previews as they were read, before they are added up. */
export const HOUSEHOLD_ROWS_SAMPLED = 5;

// What makes lines one group: the same county, year, township, village, site and source.
const GROUP_COLUMNS = ['county_code', 'county', 'period', 'township', 'village', 'site', 'source'] as const;
// Where a household number is unique: numbering may restart in each township or village.
const NUMBERED_IN = [0, 2, 3, 4];
const HOUSEHOLDS = RELOCATION_MEASURES.indexOf('households');
const IS_PEOPLE = RELOCATION_MEASURES.map((measure) => PEOPLE_MEASURES.has(measure));
// Past this many, lines with a blank number are counted in the tally only: a column left blank is one fact, not a million.
const BLANK_IDS_LISTED = 1_000;
const REPEATS_KEPT = 5_000;

interface HouseholdGroup {
  ids: Int32Array;
  line: number;
  values: Record<string, CellValue>;
  /** The note every row so far has given, or null once two differ. */
  note: string | null;
  /** Per measure, over households (each household's first line): the known sum, and how many left it blank. */
  sums: Float64Array;
  blanks: Uint32Array;
  /** Per measure, over every line (a roster of persons): the known sum, and how many left it blank. */
  lineSums: Float64Array;
  lineBlanks: Uint32Array;
  households: number;
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

/** A line whose household number an earlier line of its place already gave. */
export interface RepeatedHousehold {
  line: number;
  first: number;
  id: string;
}

/**
 * Adds up the lines of a roster (one line per household, or per person) as they arrive, so a province's million
 * households become a few thousand rows, one per county, year, township, village, site and source, each saying how
 * many lines it holds. Only these sums leave the worker; a million row objects never exist. Texts are
 * dictionary-encoded: a group is found by the numbers of its texts.
 *
 * Every line is a household (or a person): identical lines are different households unless their number repeats
 * within its place (county, year, township, village). A household's blank `households` counts 1; a blank number is
 * still a household (with a warning); a blank figure leaves the others counted, and the fold says how many lines
 * left it blank. The numbers that repeat are kept until the end, when the reading says whether they are repeats
 * (households) or members (persons): see `rows(reading)`.
 */
export class HouseholdRowFold implements HouseholdSink {
  private readonly groups = new Map<number, HouseholdGroup[]>();
  private readonly dictionary = new Map<string, number>();
  private readonly firstLineOf = new FirstLineByKey();
  private readonly ids = new Int32Array(GROUP_COLUMNS.length);
  private readonly figures = new Float64Array(RELOCATION_MEASURES.length);
  private positions: Positions | null = null;
  private blankIds = 0;
  readonly problems: Problem[] = [];
  /** The first household rows as read, for the report's preview. */
  readonly sample: ValidRow[] = [];
  /** Lines whose number repeats in its place (the first ones in full), and how many. */
  readonly repeats: RepeatedHousehold[] = [];
  repeatCount = 0;
  /** Lines taken, repeats included: each was an accepted row. */
  rowsTaken = 0;
  /** Lines that gave exactly 1 household. */
  oneHousehold = 0;
  /** Per measure, the first line that left it blank (how many did is counted per group). */
  readonly blankFigures = new Map<string, { first: number }>();

  /** Takes every row; returns none (the sink's contract: rows it leaves to be counted as they are). */
  add(rows: readonly ValidRow[]): ValidRow[] {
    for (const row of rows) {
      const values = row.values;
      GROUP_COLUMNS.forEach((column, index) => (this.ids[index] = this.idOf(textOf(values[column]))));
      RELOCATION_MEASURES.forEach((measure, index) => {
        const value = values[measure];
        this.figures[index] = typeof value === 'number' ? value : NaN;
      });
      const id = values['household_id'];
      this.addLine(row.line, typeof id === 'string' ? id : null, () => ({ ...values }), (values['note'] as string | null | undefined) ?? null);
    }
    return [];
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
    const id = positions.household < 0 ? null : ((values[positions.household] as string | null) ?? null);
    this.addLine(line, id, byName, note);
  }

  /**
   * One row per group, with `householdRows` saying how many lines it adds up. Read as `households`, each
   * household's figures add up (a blank `households` as 1); read as `persons`, households are the distinct
   * numbers, people the lines, and the other people figures add up over every member's line.
   */
  rows(reading: Reading = 'households'): ValidRow[] {
    return [...this.groups.values()].flat().map((group) => {
      const values: Record<string, CellValue> = { ...group.values, note: group.note };
      RELOCATION_MEASURES.forEach((measure, index) => {
        const perLine = reading === 'persons' && IS_PEOPLE[index];
        const blanks = perLine ? group.lineBlanks[index]! : group.blanks[index]!;
        const lines = perLine ? group.rows : group.households;
        values[measure] = blanks === lines ? null : perLine ? group.lineSums[index]! : group.sums[index]!;
      });
      if (reading === 'persons') {
        values['households'] = group.households;
        values['people'] = group.rows;
      }
      return { line: group.line, values, householdRows: group.rows };
    });
  }

  /** What the fold found about its lines, in the reading finally taken: repeated numbers are repeats only of households. */
  problemsFor(reading: Reading): Problem[] {
    const found = [...this.problems];
    if (reading === 'households') {
      for (const { line, first, id } of this.repeats) found.push({ line, column: 'household_id', value: id, code: 'duplicate_key', severity: 'warning', params: { first } });
    }
    const groups = [...this.groups.values()].flat();
    for (const [column, { first }] of this.blankFigures) {
      // A column no household fills is simply unknown; one some leave blank gives a figure without them.
      if (column === 'households' || (reading === 'persons' && column === 'people')) continue;
      const index = RELOCATION_MEASURES.indexOf(column as (typeof RELOCATION_MEASURES)[number]);
      const perLine = reading === 'persons' && IS_PEOPLE[index];
      const lines = groups.reduce((sum, group) => sum + (perLine ? group.lineBlanks[index]! : group.blanks[index]!), 0);
      const total = perLine ? this.rowsTaken : this.rowsTaken - this.repeatCount;
      if (lines > 0 && lines < total) found.push({ line: first, column, value: '', code: 'household_figure_blank', severity: 'warning', params: { lines, total } });
    }
    return found;
  }

  // Adds the line whose group texts are in `this.ids` and figures in `this.figures` (NaN for blank).
  private addLine(line: number, id: string | null, valuesByName: () => Record<string, CellValue>, note: string | null): void {
    this.rowsTaken++;
    if (this.figures[HOUSEHOLDS] === 1) this.oneHousehold++;
    // The preview shows rows as read, a repeat included, as it does for rows of totals.
    if (this.sample.length < HOUSEHOLD_ROWS_SAMPLED) this.sample.push({ line, values: valuesByName() });
    let first = 0;
    if (id === null) {
      this.noteBlankId(line);
    } else {
      let salt = 0;
      for (const index of NUMBERED_IN) salt = Math.imul(salt ^ this.ids[index]!, 0x9e3779b1) ^ (salt >>> 15);
      first = this.firstLineOf.firstLine(id, line, salt);
    }
    const group = this.groupFor(line, valuesByName, note);
    if (group.note !== note) group.note = null;
    group.rows++;
    const figures = this.figures;
    for (let index = 0; index < figures.length; index++) {
      const value = figures[index]!;
      if (value === value) group.lineSums[index] = group.lineSums[index]! + value;
      else {
        group.lineBlanks[index] = group.lineBlanks[index]! + 1;
        this.noteBlankFigure(index, line);
      }
    }
    if (first !== 0) {
      this.repeatCount++;
      if (this.repeats.length < REPEATS_KEPT) this.repeats.push({ line, first, id: detached(id) as string });
      return;
    }
    group.households++;
    // A household's line counts it once, whatever its households cell leaves blank.
    if (figures[HOUSEHOLDS] !== figures[HOUSEHOLDS]) figures[HOUSEHOLDS] = 1;
    for (let index = 0; index < figures.length; index++) {
      const value = figures[index]!;
      if (value === value) group.sums[index] = group.sums[index]! + value;
      else group.blanks[index] = group.blanks[index]! + 1;
    }
  }

  /** Set when the file has a household number column, so a blank one is worth a warning. */
  hasHouseholdColumn = false;

  private noteBlankId(line: number): void {
    if (!this.hasHouseholdColumn) return;
    this.blankIds++;
    if (this.blankIds <= BLANK_IDS_LISTED) this.problems.push({ line, column: 'household_id', value: '', code: 'household_id_blank', severity: 'warning' });
  }

  private noteBlankFigure(index: number, line: number): void {
    const measure = RELOCATION_MEASURES[index]!;
    if (!this.blankFigures.has(measure)) this.blankFigures.set(measure, { first: line });
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
    const size = RELOCATION_MEASURES.length;
    const group: HouseholdGroup = {
      ids: ids.slice(),
      line,
      values: { ...values, household_id: null },
      note,
      sums: new Float64Array(size),
      blanks: new Uint32Array(size),
      lineSums: new Float64Array(size),
      lineBlanks: new Uint32Array(size),
      households: 0,
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
