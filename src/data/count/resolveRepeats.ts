import type { DatasetSpec } from '../schema';
import type { BaseRecord, Problem } from '../types';
import { factIdentity, figureColumns, figureOf, figuresKey, isHouseholdSum } from './factIdentity';
import { fileOf, noteNotCounted, type Conflict, type ConflictPolicy, type NotCountedLog } from './notCounted';


function firstDifference(spec: DatasetSpec, a: BaseRecord, b: BaseRecord): string {
  return figureColumns(spec).find((key) => figureOf(a, key) !== figureOf(b, key)) ?? figureColumns(spec)[0] ?? '';
}

function refOf(record: BaseRecord, to: BaseRecord): { ref: number; refFile?: string } {
  return to.file !== undefined && to.file !== record.file ? { ref: to.line, refFile: to.file } : { ref: to.line };
}

/**
 * Lines with one identity (see factIdentity) state one fact. With the same figures, the fact counts once and the
 * repeat is listed (as from another source when the sources differ). With other figures, they are a conflict,
 * never a repeat: both lines and figures are named, and `policy` says which stands (or that both add up).
 * Households added up from a roster are sums, not lines: they never repeat or conflict here.
 */
export function resolveRepeats<T extends BaseRecord>(
  spec: DatasetSpec,
  records: readonly T[],
  policy: ConflictPolicy,
  notCounted: NotCountedLog,
): { kept: T[]; conflicts: Conflict[]; problems: Problem[] } {
  // By position, not by object: the same file appended twice hands in the very same records again.
  const standing = new Map<string, { record: T; at: number }>();
  const dropped = new Uint8Array(records.length);
  const conflicts: Conflict[] = [];
  const problems: Problem[] = [];
  records.forEach((record, at) => {
    if (isHouseholdSum(record)) return;
    const identity = factIdentity(spec, record);
    const found = standing.get(identity);
    if (found === undefined) {
      standing.set(identity, { record, at });
      return;
    }
    const earlier = found.record;
    if (figuresKey(spec, earlier) === figuresKey(spec, record)) {
      dropped[at] = 1;
      const reason = (earlier.source ?? '') === (record.source ?? '') ? 'repeat' : 'same_figures_other_source';
      noteNotCounted(notCounted, { line: record.line, file: record.file, reason, ...refOf(record, earlier) });
      if (reason === 'repeat') {
        problems.push({ ...fileOf(record), line: record.line, column: 'county_code', value: record.county_code, code: 'duplicate_key', severity: 'warning', params: { first: earlier.line } });
      }
      return;
    }
    const column = firstDifference(spec, record, earlier);
    const kept = policy === 'both' ? null : policy === 'later' ? record : earlier;
    const lost = kept === null ? null : kept === record ? earlier : record;
    conflicts.push({ line: record.line, file: record.file, ...refOf(record, earlier), column, value: figureOf(record, column), refValue: figureOf(earlier, column), kept: kept?.line ?? null });
    problems.push({
      ...fileOf(record),
      line: record.line,
      column,
      value: String(figureOf(record, column) ?? ''),
      code: 'conflicting_figures',
      severity: 'warning',
      params: { ref: earlier.line, refValue: figureOf(earlier, column) ?? '—', policy },
    });
    if (lost !== null && kept !== null) {
      dropped[kept === record ? found.at : at] = 1;
      noteNotCounted(notCounted, { line: lost.line, file: lost.file, reason: 'conflict_lost', ...refOf(lost, kept) });
      if (kept === record) standing.set(identity, { record, at });
    }
  });
  return { kept: records.filter((_, at) => dropped[at] === 0), conflicts, problems };
}
