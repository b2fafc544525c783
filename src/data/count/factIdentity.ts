import type { DatasetSpec } from '../schema';
import type { BaseRecord } from '../types';

type Fields = Readonly<Record<string, unknown>>;

const fieldsOf = (record: BaseRecord) => record as unknown as Fields;

/** Years a record's period spans beyond its first: 0 for a year, 4 for 2016-2020. */
export function periodLength(record: BaseRecord): number {
  return record.period.to - record.period.from;
}

/** Within the range and shorter than it: 2019 or 2019-2020 within 2016-2020, but not 2016-2020 itself. */
export function liesWithin(inner: BaseRecord, range: BaseRecord): boolean {
  return inner.period.from >= range.period.from && inner.period.to <= range.period.to && periodLength(inner) < periodLength(range);
}

/** True for households added up from a roster: sums, not lines as written. */
export function isHouseholdSum(record: BaseRecord): boolean {
  return ((record as unknown as { householdRows?: number }).householdRows ?? 0) > 0;
}

/** The columns whose values are figures: never part of what a line is about. */
export function figureColumns(spec: DatasetSpec): string[] {
  return spec.columns.filter((column) => column.type === 'count' || column.type === 'amount' || column.type === 'year').map((column) => column.key);
}

/** The figures that add up across lines (a mean wage or a gain per household does not). */
export function additiveColumns(spec: DatasetSpec): string[] {
  return spec.columns.filter((column) => (column.type === 'count' || column.type === 'amount') && !column.notAdditive).map((column) => column.key);
}

// The county's name follows from its code, and a source (and the sentence it is quoted by) says who states a fact,
// not which fact it is: two sources giving other figures for one place and year are a conflict, not two facts.
const NOT_IDENTITY = new Set(['county', 'source', 'quote', 'county_code', 'period']);

/** The text columns (and enums) that tell lines apart: places, unit, type, mechanism, household, note. */
export function identityColumns(spec: DatasetSpec): string[] {
  const figures = new Set(figureColumns(spec));
  return spec.columns.map((column) => column.key).filter((key) => !figures.has(key) && !NOT_IDENTITY.has(key));
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function extrasKey(record: BaseRecord): string {
  const extras = record.extras;
  if (!extras) return '';
  return Object.keys(extras)
    .sort()
    .map((header) => `${header}=${extras[header]}`)
    .join('\u0001');
}

const identityCache = new WeakMap<object, string>();

/**
 * What a line is about: its county, period, every text cell of the schema but the county's name and the source,
 * and every filled cell of a column the schema does not know. Two lines with one identity state the same fact
 * (counted once, or a conflict when their figures differ); lines that differ in any of these are different facts.
 */
export function factIdentity(spec: DatasetSpec, record: BaseRecord): string {
  const cached = identityCache.get(record);
  if (cached !== undefined) return cached;
  const fields = fieldsOf(record);
  const parts = [spec.id, record.county_code, record.period.label, ...identityColumns(spec).map((key) => textOf(fields[key])), extrasKey(record)];
  const identity = parts.join('\u0000');
  identityCache.set(record, identity);
  return identity;
}

/** The line's figures as one text, to tell an exact repeat from a conflict. */
export function figuresKey(spec: DatasetSpec, record: BaseRecord): string {
  const fields = fieldsOf(record);
  return figureColumns(spec)
    .map((key) => (typeof fields[key] === 'number' ? String(fields[key]) : ''))
    .join('|');
}

/** A figure of a record by column name (null when blank or absent). */
export function figureOf(record: BaseRecord, key: string): number | null {
  const value = fieldsOf(record)[key];
  return typeof value === 'number' ? value : null;
}

/** The levels (township, site…) a record fills, as a bit mask in the order of `spec.levels`. */
export function levelMask(spec: DatasetSpec, record: BaseRecord): number {
  const fields = fieldsOf(record);
  let mask = 0;
  spec.levels.forEach((key, bit) => {
    if (textOf(fields[key]) !== '') mask |= 1 << bit;
  });
  return mask;
}

/** A key of the record's place restricted to the levels in `mask`: what a total filling exactly those levels has. */
export function placeKey(spec: DatasetSpec, record: BaseRecord, mask: number, withPeriod = true): string {
  const fields = fieldsOf(record);
  const parts = [record.county_code, withPeriod ? record.period.label : '', String(mask)];
  spec.levels.forEach((key, bit) => {
    if (mask & (1 << bit)) parts.push(textOf(fields[key]));
  });
  return parts.join('\u0000');
}

/**
 * The proper sub-masks of `mask`, closest first: more levels filled first, and among as many, the one that fills
 * the wider levels (a township total before a unit type's county total).
 */
export function enclosingMasks(mask: number): number[] {
  const masks: number[] = [];
  if (mask === 0) return masks;
  for (let sub = (mask - 1) & mask; ; sub = (sub - 1) & mask) {
    masks.push(sub);
    if (sub === 0) break;
  }
  return masks.sort((a, b) => popcount(b) - popcount(a) || lowBitsFirst(a, b));
}

export function popcount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

// Of two masks with as many bits, the one whose lowest differing bit it holds comes first.
function lowBitsFirst(a: number, b: number): number {
  const differing = a ^ b;
  if (differing === 0) return 0;
  const lowest = differing & -differing;
  return a & lowest ? -1 : 1;
}
