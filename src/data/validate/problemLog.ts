import type { Problem, ProblemCode } from '../types';

/** How many problems an import keeps in full; beyond them only counts grow, so a file wrong on every line stays small. */
export const PROBLEMS_KEPT = 1000;

// Problems that are not about a data row's figures: a 合计 row's check, a skipped title row, an unknown header.
const NOT_ABOUT_DATA_ROWS: ReadonlySet<ProblemCode> = new Set(['subtotal_mismatch', 'skipped_title_row', 'unknown_column']);

export function byLineThenColumn(a: Problem, b: Problem): number {
  return a.line - b.line || (a.column ?? '').localeCompare(b.column ?? '');
}

/** Counts of every problem an import met, kept or not. */
export interface ProblemTally {
  errors: number;
  warnings: number;
  byCode: Partial<Record<ProblemCode, number>>;
  /** Accepted data lines with at least one warning. */
  linesWithWarnings: number;
}

export function emptyTally(): ProblemTally {
  return { errors: 0, warnings: 0, byCode: {}, linesWithWarnings: 0 };
}

/**
 * Collects an import's problems: the first `PROBLEMS_KEPT` in full, and a tally of all of them. Lines are
 * marked in a byte per line, so counting warned lines costs one byte per line, not a Set entry.
 */
export class ProblemLog {
  readonly kept: Problem[] = [];
  readonly tally: ProblemTally = emptyTally();
  private warnedLines = new Uint8Array(1024);

  constructor(private readonly limit = PROBLEMS_KEPT) {}

  /** Adds one line's problems; the warnings of a rejected line do not make it a line "with warnings". */
  add(problems: readonly Problem[], lineRejected = false): void {
    for (const problem of problems) {
      if (problem.severity === 'error') this.tally.errors++;
      else {
        this.tally.warnings++;
        if (!lineRejected && !NOT_ABOUT_DATA_ROWS.has(problem.code)) this.markWarned(problem.line);
      }
      this.tally.byCode[problem.code] = (this.tally.byCode[problem.code] ?? 0) + 1;
      if (this.kept.length < this.limit) this.kept.push(problem);
    }
  }

  /**
   * Takes in problems found later (normalising after validating) whose lines may come before those kept: given
   * them sorted by line, the kept list becomes the earliest `limit` of both, in line order; the tally counts all.
   */
  addFound(problems: readonly Problem[]): void {
    const kept = this.kept.length;
    this.add(problems);
    this.kept.push(...problems.slice(this.kept.length - kept, this.limit));
    this.kept.sort(byLineThenColumn);
    this.kept.length = Math.min(this.kept.length, this.limit);
  }

  private markWarned(line: number): void {
    if (line >= this.warnedLines.length) {
      const grown = new Uint8Array(Math.max(line + 1, this.warnedLines.length * 2));
      grown.set(this.warnedLines);
      this.warnedLines = grown;
    }
    if (this.warnedLines[line] === 0) {
      this.warnedLines[line] = 1;
      this.tally.linesWithWarnings++;
    }
  }
}
