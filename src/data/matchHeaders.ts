import type { ColumnSpec, DatasetSpec } from './schema';

/** Where each canonical column sits in the file, and which headers were not recognised. */
export interface HeaderMatch {
  /** Canonical column name → index of its cell in each row. */
  indexOf: ReadonlyMap<string, number>;
  unknown: readonly { index: number; header: string }[];
  /** Required columns (and one-of groups, joined with '/') the header lacks. */
  missing: readonly string[];
  /** Columns whose header gives a unit in 万 (万元, 万人): their figures are multiplied by this. */
  scaleOf: ReadonlyMap<string, number>;
}

/** Folds the ways one header gets written: full-width brackets, spaces, letter case. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

// A trailing unit in brackets, e.g. （元）, (人) or （元/年）.
const TRAILING_UNIT = /\([^()]*\)$/;

// A unit that counts in ten-thousands, such as （万元） or （万人）.
const TEN_THOUSANDS_UNIT = /\(万[^()]*\)$/;

function withoutUnit(header: string): string {
  return header.replace(TRAILING_UNIT, '');
}

function headerNames(column: ColumnSpec): string[] {
  const names = [column.key, column.zh, ...(column.aliases ?? [])].map(normaliseHeader);
  return [...names, ...names.map(withoutUnit)];
}

/**
 * Matches a file's header row to a dataset's columns by canonical English or Chinese name, tolerating a
 * trailing unit; a unit in 万 (户均增收（万元）) is remembered so the figures can be scaled to the contract's unit.
 */
export function matchHeaders(header: readonly string[], spec: DatasetSpec): HeaderMatch {
  const byName = new Map<string, string>();
  for (const column of spec.columns) for (const name of headerNames(column)) if (!byName.has(name)) byName.set(name, column.key);

  const indexOf = new Map<string, number>();
  const scaleOf = new Map<string, number>();
  const unknown: { index: number; header: string }[] = [];
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    let matched = name;
    let exact = byName.get(name);
    let key = exact ?? byName.get(withoutUnit(name));
    // A header written on two lines in its cell (搬迁人数（人）⏎people, Alt+Enter in Excel) is read whole first, so
    // 户均增收⏎（万元） keeps its unit; failing that, by its first line that names a column.
    if (key === undefined && /[\r\n]/.test(raw)) {
      for (const line of raw.split(/[\r\n]+/).map(normaliseHeader)) {
        exact = byName.get(line);
        key = exact ?? byName.get(withoutUnit(line));
        matched = line;
        if (key !== undefined) break;
      }
    }
    if (key !== undefined && !indexOf.has(key)) {
      indexOf.set(key, index);
      if (exact === undefined && TEN_THOUSANDS_UNIT.test(matched)) scaleOf.set(key, 1e4);
    } else if (raw.trim() !== '') unknown.push({ index, header: raw });
  });

  const missing = spec.columns.filter((column) => (column.required || column.headerRequired) && !indexOf.has(column.key)).map((column) => column.key);
  // A roster's lines are its households: it needs no figure column to be counted.
  const roster = spec.rosterColumn !== undefined && indexOf.has(spec.rosterColumn);
  for (const group of roster ? [] : (spec.requireOneOf ?? [])) {
    if (!group.some((key) => indexOf.has(key))) missing.push(group.join('/'));
  }
  return { indexOf, unknown, missing, scaleOf };
}
