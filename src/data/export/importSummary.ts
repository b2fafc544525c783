import type { ImportResult } from '../finishImport';
import type { ProblemCode } from '../types';

/** The counts an import report leads with. */
export interface ImportSummary {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Lines accepted despite a warning. */
  rowsWithWarnings: number;
  subtotalRows: number;
  subtotalsAgree: boolean;
  errors: number;
  warnings: number;
  /** Problems counted but not listed line by line (the list is capped). */
  unlistedProblems: number;
  /** Roster lines counted into area rows, and how many rows they made (a roster is one line per household). */
  householdRows: number;
  householdGroups: number;
}

export function summariseImport(result: ImportResult): ImportSummary {
  let householdRows = 0;
  let householdGroups = 0;
  for (const record of result.records) {
    if (!('householdRows' in record) || record.householdRows === 0) continue;
    householdRows += record.householdRows;
    householdGroups += 1;
  }
  return {
    rowsRead: result.rowsRead,
    rowsAccepted: result.rowsAccepted,
    rowsRejected: result.rejected.length,
    rowsWithWarnings: result.problemTally.linesWithWarnings,
    subtotalRows: new Set(result.subtotalChecks.map((check) => check.line)).size,
    subtotalsAgree: result.subtotalChecks.every((check) => check.agrees),
    errors: result.problemTally.errors,
    warnings: result.problemTally.warnings,
    unlistedProblems: result.problemTally.errors + result.problemTally.warnings - result.problems.length,
    householdRows,
    householdGroups,
  };
}

/** The kinds of problem beyond those listed in full, each with how many, most frequent first. */
export function unlistedProblemKinds(result: ImportResult): [ProblemCode, number][] {
  const unlisted = new Map(Object.entries(result.problemTally.byCode) as [ProblemCode, number][]);
  for (const problem of result.problems) unlisted.set(problem.code, (unlisted.get(problem.code) ?? 0) - 1);
  return [...unlisted].filter(([, count]) => count > 0).sort((a, b) => b[1] - a[1]);
}
