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

const GROUP_WIDTH = GROUP_COLUMNS.length;
const MEASURE_COUNT = RELOCATION_MEASURES.length;

function grown<T extends Float64Array | Uint32Array | Int32Array>(array: T, length: number): T {
  if (array.length >= length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

// Dictionary numbers are small: each is mixed in whole (multiply, then fold the high bits down), or groups that
// differ only in a township's number would share a hash.
function hashOfKeys(keys: Int32Array, at: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < GROUP_WIDTH; index++) {
    hash = Math.imul(hash ^ keys[at + index]!, 0x9e3779b1);
    hash ^= hash >>> 15;
  }
  return hash;
}

/**
 * The groups of a fold, column by column in typed arrays: a group is a number, its figures a stride of each
 * array. Hundreds of thousands of groups (a national registry's townships and sites) then cost a few typed arrays,
 * not an object and four arrays each.
 */
class Groups {
  size = 0;
  /** Per group, the dictionary number of each group column's text (0 for blank). */
  keys = new Int32Array(1024 * GROUP_WIDTH);
  firstLine = new Uint32Array(1024);
  households = new Uint32Array(1024);
  rows = new Uint32Array(1024);
  /** Per group and measure, over households (each household's first line): the known sum, and how many left it blank. */
  sums = new Float64Array(1024 * MEASURE_COUNT);
  blanks = new Uint32Array(1024 * MEASURE_COUNT);
  /** Per group and measure, over every line (a roster of persons): the known sum, and how many left it blank. */
  lineSums = new Float64Array(1024 * MEASURE_COUNT);
  lineBlanks = new Uint32Array(1024 * MEASURE_COUNT);
  /** The note every row so far has given, or null once two differ. */
  readonly notes: (string | null)[] = [];
  // Open addressing: group number + 1 by hash of its keys, 0 for an empty slot.
  private slots = new Int32Array(4096);

  /** True when the last `find` made its group. */
  created = false;

  /** The group of `ids`, made (numbered `size`) when it is new, and `created` then set. */
  find(ids: Int32Array): number {
    const mask = this.slots.length - 1;
    let slot = hashOfKeys(ids, 0) & mask;
    for (let taken = this.slots[slot]!; taken !== 0; taken = this.slots[slot]!) {
      if (this.sameKeys(taken - 1, ids)) {
        this.created = false;
        return taken - 1;
      }
      slot = (slot + 1) & mask;
    }
    const group = this.size++;
    this.slots[slot] = group + 1;
    this.reserve(this.size);
    this.keys.set(ids, group * GROUP_WIDTH);
    if (this.size * 2 > this.slots.length) this.rehash();
    this.created = true;
    return group;
  }

  private sameKeys(group: number, ids: Int32Array): boolean {
    const keys = this.keys;
    const at = group * GROUP_WIDTH;
    for (let index = 0; index < GROUP_WIDTH; index++) if (keys[at + index] !== ids[index]) return false;
    return true;
  }

  private reserve(groups: number): void {
    this.keys = grown(this.keys, groups * GROUP_WIDTH);
    this.firstLine = grown(this.firstLine, groups);
    this.households = grown(this.households, groups);
    this.rows = grown(this.rows, groups);
    this.sums = grown(this.sums, groups * MEASURE_COUNT);
    this.blanks = grown(this.blanks, groups * MEASURE_COUNT);
    this.lineSums = grown(this.lineSums, groups * MEASURE_COUNT);
    this.lineBlanks = grown(this.lineBlanks, groups * MEASURE_COUNT);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let group = 0; group < this.size; group++) {
      let slot = hashOfKeys(this.keys, group * GROUP_WIDTH) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = group + 1;
    }
  }
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
  private readonly groups = new Groups();
  /** Per group column, its texts' dictionary numbers, and the value each number stands for. */
  private readonly dictionaries = GROUP_COLUMNS.map(() => new Map<string, number>());
  private readonly valuesById: CellValue[][] = GROUP_COLUMNS.map(() => [null]);
  /** Which group columns the file has (set by its first line): the rows given back name those. */
  private present: boolean[] | null = null;
  private readonly firstLineOf = new FirstLineByKey();
  private readonly ids = new Int32Array(GROUP_WIDTH);
  private readonly figures = new Float64Array(MEASURE_COUNT);
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
      this.present ??= GROUP_COLUMNS.map((column) => column in values);
      for (let index = 0; index < GROUP_WIDTH; index++) this.ids[index] = this.idOf(index, values[GROUP_COLUMNS[index]!]);
      for (let index = 0; index < MEASURE_COUNT; index++) {
        const value = values[RELOCATION_MEASURES[index]!];
        this.figures[index] = typeof value === 'number' ? value : NaN;
      }
      const id = values['household_id'];
      if (this.sample.length < HOUSEHOLD_ROWS_SAMPLED) this.sample.push({ line: row.line, values: { ...values } });
      this.addLine(row.line, typeof id === 'string' ? id : null, (values['note'] as string | null | undefined) ?? null);
    }
    return [];
  }

  addPlainHousehold(line: number, values: readonly CellValue[], columns: readonly ColumnSpec[]): void {
    const positions = this.positionsIn(columns);
    const group = positions.group;
    this.present ??= group.map((at) => at >= 0);
    for (let index = 0; index < GROUP_WIDTH; index++) {
      const at = group[index]!;
      this.ids[index] = at < 0 ? 0 : this.idOf(index, values[at]);
    }
    const measures = positions.measures;
    for (let index = 0; index < MEASURE_COUNT; index++) {
      const at = measures[index]!;
      const value = at < 0 ? null : values[at];
      this.figures[index] = typeof value === 'number' ? value : NaN;
    }
    if (this.sample.length < HOUSEHOLD_ROWS_SAMPLED) {
      const named: Record<string, CellValue> = {};
      for (let index = 0; index < columns.length; index++) named[columns[index]!.key] = detached(values[index] ?? null);
      this.sample.push({ line, values: named });
    }
    const note = positions.note < 0 ? null : ((values[positions.note] as string | null) ?? null);
    const id = positions.household < 0 ? null : ((values[positions.household] as string | null) ?? null);
    this.addLine(line, id, note);
  }

  /**
   * One row per group, in the order of their first lines, with `householdRows` saying how many lines it adds up.
   * Read as `households`, each household's figures add up (a blank `households` as 1); read as `persons`,
   * households are the distinct numbers, people the lines, and the other people figures add up over every
   * member's line.
   */
  rows(reading: Reading = 'households'): ValidRow[] {
    const { groups, present } = this;
    const rows: ValidRow[] = [];
    for (let group = 0; group < groups.size; group++) {
      const values: Record<string, CellValue> = {};
      for (let index = 0; index < GROUP_WIDTH; index++) {
        if (present?.[index]) values[GROUP_COLUMNS[index]!] = this.valuesById[index]![groups.keys[group * GROUP_WIDTH + index]!]!;
      }
      values['household_id'] = null;
      values['note'] = groups.notes[group]!;
      const households = groups.households[group]!;
      const lines = groups.rows[group]!;
      for (let index = 0; index < MEASURE_COUNT; index++) {
        const at = group * MEASURE_COUNT + index;
        const perLine = reading === 'persons' && IS_PEOPLE[index];
        const blanks = perLine ? groups.lineBlanks[at]! : groups.blanks[at]!;
        values[RELOCATION_MEASURES[index]!] = blanks === (perLine ? lines : households) ? null : perLine ? groups.lineSums[at]! : groups.sums[at]!;
      }
      if (reading === 'persons') {
        values['households'] = households;
        values['people'] = lines;
      }
      rows.push({ line: groups.firstLine[group]!, values, householdRows: lines });
    }
    return rows;
  }

  /** What the fold found about its lines, in the reading finally taken: repeated numbers are repeats only of households. */
  problemsFor(reading: Reading): Problem[] {
    const found = [...this.problems];
    if (reading === 'households') {
      for (const { line, first, id } of this.repeats) found.push({ line, column: 'household_id', value: id, code: 'duplicate_key', severity: 'warning', params: { first } });
    }
    const groups = this.groups;
    for (const [column, { first }] of this.blankFigures) {
      // A column no household fills is simply unknown; one some leave blank gives a figure without them.
      if (column === 'households' || (reading === 'persons' && column === 'people')) continue;
      const index = RELOCATION_MEASURES.indexOf(column as (typeof RELOCATION_MEASURES)[number]);
      const perLine = reading === 'persons' && IS_PEOPLE[index];
      const counts = perLine ? groups.lineBlanks : groups.blanks;
      let lines = 0;
      for (let group = 0; group < groups.size; group++) lines += counts[group * MEASURE_COUNT + index]!;
      const total = perLine ? this.rowsTaken : this.rowsTaken - this.repeatCount;
      if (lines > 0 && lines < total) found.push({ line: first, column, value: '', code: 'household_figure_blank', severity: 'warning', params: { lines, total } });
    }
    return found;
  }

  // Adds the line whose group texts are in `this.ids` and figures in `this.figures` (NaN for blank).
  private addLine(line: number, id: string | null, note: string | null): void {
    this.rowsTaken++;
    const figures = this.figures;
    if (figures[HOUSEHOLDS] === 1) this.oneHousehold++;
    let first = 0;
    if (id === null) {
      this.noteBlankId(line);
    } else {
      let salt = 0;
      for (const index of NUMBERED_IN) salt = Math.imul(salt ^ this.ids[index]!, 0x9e3779b1) ^ (salt >>> 15);
      first = this.firstLineOf.firstLine(id, line, salt);
    }
    const groups = this.groups;
    const group = groups.find(this.ids);
    if (groups.created) {
      groups.firstLine[group] = line;
      groups.notes.push(note === null ? null : (detached(note) as string));
    } else if (groups.notes[group] !== note) groups.notes[group] = null;
    groups.rows[group]!++;
    const base = group * MEASURE_COUNT;
    const { lineSums, lineBlanks } = groups;
    for (let index = 0; index < MEASURE_COUNT; index++) {
      const value = figures[index]!;
      if (value === value) lineSums[base + index] = lineSums[base + index]! + value;
      else {
        lineBlanks[base + index]!++;
        this.noteBlankFigure(index, line);
      }
    }
    if (first !== 0) {
      this.repeatCount++;
      if (this.repeats.length < REPEATS_KEPT) this.repeats.push({ line, first, id: detached(id) as string });
      return;
    }
    groups.households[group]!++;
    // A household's line counts it once, whatever its households cell leaves blank.
    if (figures[HOUSEHOLDS] !== figures[HOUSEHOLDS]) figures[HOUSEHOLDS] = 1;
    const { sums, blanks } = groups;
    for (let index = 0; index < MEASURE_COUNT; index++) {
      const value = figures[index]!;
      if (value === value) sums[base + index] = sums[base + index]! + value;
      else blanks[base + index]!++;
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

  /** The dictionary number of a group column's value (0 for blank); each distinct value is copied once. */
  private idOf(column: number, value: CellValue | undefined): number {
    const text = textOf(value);
    if (text === null) return 0;
    const dictionary = this.dictionaries[column]!;
    let id = dictionary.get(text);
    if (id === undefined) {
      id = dictionary.size + 1;
      dictionary.set(detached(text) as string, id);
      this.valuesById[column]!.push(detached(value!));
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
