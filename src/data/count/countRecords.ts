import { DATASETS, type DatasetId } from '../schema';
import type { Problem, RecordsByDataset, RelocationRecord } from '../types';
import { deriveRelocationTotals } from '../normalise/deriveRelocationTotals';
import { resolveRepeats } from './resolveRepeats';
import { resolveStructure } from './resolveStructure';
import { coverRanges } from './coverRanges';
import { supersededSnapshots } from './latestSnapshots';
import { emptyNotCounted, noteNotCounted, type Conflict, type ConflictPolicy, type NotCountedLog } from './notCounted';

export interface Counted<T> {
  /** The records that count towards figures (a range's years stay, marked `coveredBy`: the period filter decides). */
  records: T[];
  /** Every record that went in but the repeats and lost conflicts, each with the total it is part of, if any. */
  facts: readonly T[];
  totalOf: ReadonlyMap<T, T>;
  notCounted: NotCountedLog;
  conflicts: Conflict[];
  problems: Problem[];
}

/**
 * The counting model, one path for every file and every append: repeats and conflicts (one identity, one fact),
 * then totals by structure (a line with fewer levels filled is the total of those below it), then ranges (a range
 * contains the years inside it, at its place and below) for the flows, or snapshots (the newest of each unit) for
 * the stocks. Each line that adds to no figure is listed with why.
 */
export function countRecords<Id extends DatasetId>(datasetId: Id, records: readonly RecordsByDataset[Id][], policy: ConflictPolicy = 'later'): Counted<RecordsByDataset[Id]> {
  const spec = DATASETS[datasetId];
  const notCounted = emptyNotCounted();
  const problems: Problem[] = [];
  const repeats = resolveRepeats(spec, records, policy, notCounted);
  // Appended one by one: a file of a million repeats gives more problems than a call can take as arguments.
  for (const problem of repeats.problems) problems.push(problem);
  const structure = resolveStructure(spec, repeats.kept, notCounted, problems);
  let counted = structure.counted;
  if (datasetId === 'relocation') {
    const ranges = coverRanges(counted as RelocationRecord[]);
    for (const problem of ranges.problems) problems.push(problem);
    for (const [record, range] of ranges.coveredBy) {
      noteNotCounted(notCounted, { line: record.line, file: record.file, reason: 'in_range', ref: range.line, ...(range.file !== record.file ? { refFile: range.file } : {}) });
    }
    counted = ranges.records.map(deriveRelocationTotals) as RecordsByDataset[Id][];
  } else {
    for (const [record, newer] of supersededSnapshots(spec, counted)) {
      noteNotCounted(notCounted, { line: record.line, file: record.file, reason: 'superseded_snapshot', ref: newer.line, ...(newer.file !== record.file ? { refFile: newer.file } : {}) });
    }
  }
  return { records: counted, facts: repeats.kept, totalOf: structure.totalOf, notCounted, conflicts: repeats.conflicts, problems };
}
