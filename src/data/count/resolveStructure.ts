import type { DatasetSpec } from '../schema';
import type { BaseRecord, Problem } from '../types';
import { additiveColumns, enclosingMasks, figureOf, isHouseholdSum, levelMask, placeKey, popcount } from './factIdentity';
import { fileOf, noteNotCounted, type NotCountedLog } from './notCounted';

interface Node<T> {
  record: T;
  mask: number;
  parent: Node<T> | null;
  children: Node<T>[];
  /** A total whose scope another total overlaps: it stands aside, and its lines fall to the totals around them. */
  aside: boolean;
}


/** The structure found: the lines that count, and for every line the total it is part of (if any). */
export interface Structure<T> {
  counted: T[];
  /** Each line's closest total, by the line as read. */
  totalOf: ReadonlyMap<T, T>;
}

class Hierarchy<T extends BaseRecord> {
  readonly nodes: Node<T>[];
  private readonly totalsByPlace = new Map<string, Node<T>[]>();
  // The levels the lines that could be totals fill: a place is looked up only at those (a file of village totals
  // has none above its villages, and 200,000 lines then build no key for a township or county above them).
  private readonly masksOfTotals = new Set<number>();

  /** True when some line could be a total: a roster added up into households has none. */
  get hasTotals(): boolean {
    return this.totalsByPlace.size > 0;
  }

  constructor(private readonly spec: DatasetSpec, records: readonly T[]) {
    this.nodes = records.map((record) => ({ record, mask: levelMask(spec, record), parent: null, children: [], aside: false }));
    // A household added up from a roster is a detail wherever it sits, never a total of other lines.
    for (const node of this.nodes) {
      if (isHouseholdSum(node.record)) continue;
      this.masksOfTotals.add(node.mask);
      const key = placeKey(spec, node.record, node.mask);
      const list = this.totalsByPlace.get(key);
      if (list) list.push(node);
      else this.totalsByPlace.set(key, [node]);
    }
  }

  /** Every total that contains `node`: same county and period, the same value in each level it fills, fewer levels filled (or as many, for households). */
  *totalsAround(node: Node<T>): Generator<Node<T>> {
    // Households added up at a place are the breakdown of a line stating that place's total, at its own level too.
    const masks = isHouseholdSum(node.record) ? [node.mask, ...enclosingMasks(node.mask)] : enclosingMasks(node.mask);
    for (const mask of masks) {
      if (!this.masksOfTotals.has(mask)) continue;
      for (const total of this.totalsByPlace.get(placeKey(this.spec, node.record, mask)) ?? []) {
        if (!total.aside) yield total;
      }
    }
  }

  link(): void {
    for (const node of this.nodes) node.children = [];
    for (const node of this.nodes) {
      node.parent = null;
      if (node.aside) continue;
      const closest = this.totalsAround(node).next();
      if (!closest.done) {
        node.parent = closest.value;
        closest.value.children.push(node);
      }
    }
  }

  static rootOf<T>(node: Node<T>): Node<T> {
    let root = node;
    while (root.parent) root = root.parent;
    return root;
  }

  /** Sets aside one total of each pair of standing totals that both contain a line; true when any was. */
  setAsideOverlaps(notCounted: NotCountedLog, problems: Problem[]): boolean {
    let changed = false;
    for (const node of this.nodes) {
      if (node.aside || !node.parent) continue;
      const own = Hierarchy.rootOf(node);
      for (const total of this.totalsAround(node)) {
        const other = Hierarchy.rootOf(total);
        if (other === own || other.aside) continue;
        other.aside = true;
        changed = true;
        noteNotCounted(notCounted, { line: other.record.line, file: other.record.file, reason: 'overlapping_total', ref: own.record.line });
        problems.push({ ...fileOf(other.record), line: other.record.line, column: null, value: '', code: 'overlapping_totals', severity: 'warning', params: { ref: own.record.line } });
      }
    }
    return changed;
  }
}

/**
 * Totals by structure, at every level: within a county and period, a line that fills fewer of the dataset's levels
 * (county → township → village → site; unit type within a county) and agrees with another line on every one it
 * fills, is the total of that line. The outermost total counts, the lines inside it are listed, not added; each
 * total is checked against its complete breakdown (`detail_sum_mismatch`) and a figure it leaves blank is taken
 * from one. Where two totals cover one line without one containing the other (a unit type's county total and a
 * township's total), the wider-levelled one stands and the other is set aside, listed: its lines still count
 * through the totals around them. Columns the schema does not know (批次, 类别) tell facts apart but are no
 * level: a 批次 filled differently on every line, total included, leaves the total's breakdown whole.
 */
export function resolveStructure<T extends BaseRecord>(spec: DatasetSpec, records: readonly T[], notCounted: NotCountedLog, problems: Problem[]): Structure<T> {
  const hierarchy = new Hierarchy(spec, records);
  // Hundreds of thousands of households' sums, and no line stating a total: nothing is part of anything.
  if (!hierarchy.hasTotals) return { counted: [...records], totalOf: new Map() };
  hierarchy.link();
  // Each pass sets aside at least one total, so this ends.
  while (hierarchy.setAsideOverlaps(notCounted, problems)) hierarchy.link();

  const measures = additiveColumns(spec);
  const resolved = new Map<Node<T>, T>();
  // Households before the line stating their place's total, which has as many levels filled.
  const depth = (node: Node<T>) => 2 * popcount(node.mask) + (isHouseholdSum(node.record) ? 1 : 0);
  const deepestFirst = [...hierarchy.nodes].sort((a, b) => depth(b) - depth(a));
  for (const node of deepestFirst) {
    if (node.children.length === 0) {
      resolved.set(node, node.record);
      continue;
    }
    resolved.set(node, withBreakdown(node.record, node.children.map((child) => resolved.get(child)!), measures, problems));
  }

  const totalOf = new Map<T, T>();
  const counted: T[] = [];
  for (const node of hierarchy.nodes) {
    if (node.aside) continue;
    if (node.parent) {
      totalOf.set(node.record, node.parent.record);
      noteNotCounted(notCounted, { line: node.record.line, file: node.record.file, reason: 'in_total', ref: node.parent.record.line });
    } else counted.push(resolved.get(node)!);
  }
  return { counted, totalOf };
}

/**
 * The total's figures, with a blank one taken from its breakdown when every line of it states the figure (a
 * breakdown with a gap is no total). A stated figure its complete breakdown contradicts stands, with a warning.
 */
function withBreakdown<T extends BaseRecord>(total: T, details: readonly T[], measures: readonly string[], problems: Problem[]): T {
  let merged: T | null = null;
  for (const measure of measures) {
    let sum = 0;
    let complete = true;
    for (const detail of details) {
      const value = figureOf(detail, measure);
      if (value === null) complete = false;
      else sum += value;
    }
    if (!complete) continue;
    const stated = figureOf(total, measure);
    if (stated === null) {
      merged ??= { ...total, derived: [...(((total as unknown as { derived?: string[] }).derived) ?? [])] };
      (merged as unknown as Record<string, unknown>)[measure] = sum;
      (merged as unknown as { derived: string[] }).derived.push(measure);
    } else if (Math.abs(stated - sum) > 1e-6) {
      problems.push({
        ...fileOf(total),
        line: total.line,
        column: measure,
        value: String(stated),
        code: 'detail_sum_mismatch',
        severity: 'warning',
        params: { computed: sum, lines: details.map((detail) => detail.line).join(', ') },
      });
    }
  }
  return merged ?? total;
}
