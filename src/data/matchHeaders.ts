import type { ColumnSpec, DatasetSpec } from './schema';

/** Where each canonical column sits in the file, and which headers were not recognised. */
export interface HeaderMatch {
  /** Canonical column name → index of its cell in each row. */
  indexOf: ReadonlyMap<string, number>;
  unknown: readonly { index: number; header: string }[];
  /** Required columns (and one-of groups, joined with '/') the header lacks. */
  missing: readonly string[];
}

/** Folds the ways one header gets written: full-width brackets, spaces, letter case. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

// A trailing unit in brackets, e.g. （元）, (人) or （元/年）.
const TRAILING_UNIT = /\([^()]*\)$/;

function withoutUnit(header: string): string {
  return header.replace(TRAILING_UNIT, '');
}

function headerNames(column: ColumnSpec): string[] {
  const names = [column.key, column.zh].map(normaliseHeader);
  return [...names, ...names.map(withoutUnit)];
}

/** Matches a file's header row to a dataset's columns by canonical English or Chinese name, tolerating a trailing unit. */
export function matchHeaders(header: readonly string[], spec: DatasetSpec): HeaderMatch {
  const byName = new Map<string, string>();
  for (const column of spec.columns) for (const name of headerNames(column)) if (!byName.has(name)) byName.set(name, column.key);

  const indexOf = new Map<string, number>();
  const unknown: { index: number; header: string }[] = [];
  header.forEach((raw, index) => {
    const name = normaliseHeader(raw);
    const key = byName.get(name) ?? byName.get(withoutUnit(name));
    if (key !== undefined && !indexOf.has(key)) indexOf.set(key, index);
    else if (raw.trim() !== '') unknown.push({ index, header: raw });
  });

  const missing = spec.columns.filter((column) => column.required && !indexOf.has(column.key)).map((column) => column.key);
  for (const group of spec.requireOneOf ?? []) {
    if (!group.some((key) => indexOf.has(key))) missing.push(group.join('/'));
  }
  return { indexOf, unknown, missing };
}
