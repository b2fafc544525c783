/** Why a line adds to no figure. */
export type NotCountedReason =
  /** It says it is a total (合计, 上馆镇小计, 全县…). */
  | 'total_by_wording'
  /** A line above it in the place hierarchy (its township's, its county's) states the total it is part of. */
  | 'in_total'
  /** Every cell equals an earlier line's. */
  | 'repeat'
  /** The same fact, with the same figures, from another source. */
  | 'same_figures_other_source'
  /** The same fact with other figures, and the other line was kept (see ConflictPolicy). */
  | 'conflict_lost'
  /** A range (2016-2020) at its place or above already includes its year. */
  | 'in_range'
  /** A later snapshot of the same site, unit or mechanism stands for it. */
  | 'superseded_snapshot'
  /** A total whose scope another total overlaps (a unit type's county total beside township totals). */
  | 'overlapping_total';

export const NOT_COUNTED_REASONS: readonly NotCountedReason[] = [
  'total_by_wording',
  'in_total',
  'repeat',
  'same_figures_other_source',
  'conflict_lost',
  'in_range',
  'superseded_snapshot',
  'overlapping_total',
];

/** One line that does not add to any figure, and why. */
export interface NotCountedLine {
  line: number;
  /** The file the line came from, when known. */
  file?: string;
  reason: NotCountedReason;
  /** The line that counts in its place (its total, the line it repeats, the range that covers it). */
  ref?: number;
  /** The file of `ref`, when it is another file. */
  refFile?: string;
}

/** What the same fact stated twice with other figures gave, and which stands. */
export interface Conflict {
  line: number;
  file?: string;
  ref: number;
  refFile?: string;
  /** The first column whose figure differs, with both figures. */
  column: string;
  value: number | null;
  refValue: number | null;
  /** The line that counts; null when both are added ('both'). */
  kept: number | null;
}

/** How a conflict is settled: the later line stands (offices correct a file by entering a line again), the first, or both add up. */
export type ConflictPolicy = 'later' | 'first' | 'both';

/** How many lines the report keeps in full; the tally counts every one. */
export const NOT_COUNTED_KEPT = 5_000;

/** The lines not counted: the first ones in full, and how many for each reason. */
export interface NotCountedLog {
  lines: NotCountedLine[];
  tally: Partial<Record<NotCountedReason, number>>;
  total: number;
}

/** The file a record came from, for a problem about it: `{ file }`, or nothing for a record read before files were named. */
export function fileOf(record: { file?: string }): { file?: string } {
  return record.file === undefined ? {} : { file: record.file };
}

export function emptyNotCounted(): NotCountedLog {
  return { lines: [], tally: {}, total: 0 };
}

export function noteNotCounted(log: NotCountedLog, line: NotCountedLine): void {
  log.total++;
  log.tally[line.reason] = (log.tally[line.reason] ?? 0) + 1;
  if (log.lines.length < NOT_COUNTED_KEPT) log.lines.push(line);
}

export function mergeNotCounted(into: NotCountedLog, from: NotCountedLog): void {
  for (const line of from.lines) noteNotCounted(into, line);
  // Lines past the kept ones still count in the tally.
  const dropped = from.total - from.lines.length;
  if (dropped > 0) {
    into.total += dropped;
    for (const reason of NOT_COUNTED_REASONS) {
      const shown = from.lines.filter((line) => line.reason === reason).length;
      const extra = (from.tally[reason] ?? 0) - shown;
      if (extra > 0) into.tally[reason] = (into.tally[reason] ?? 0) + extra;
    }
  }
}
