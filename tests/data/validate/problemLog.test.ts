import { describe, expect, it } from 'vitest';
import { PROBLEMS_KEPT, ProblemLog, byLineThenColumn, emptyTally } from '../../../src/data/validate/problemLog';
import type { Problem, ProblemCode } from '../../../src/data/types';

function error(line: number, code: ProblemCode = 'not_a_number', column: string | null = 'people'): Problem {
  return { line, column, value: 'x', code, severity: 'error' };
}

function warning(line: number, code: ProblemCode = 'county_name_mismatch', column: string | null = 'county'): Problem {
  return { line, column, value: 'x', code, severity: 'warning' };
}

describe('ProblemLog', () => {
  it('keeps 1000 problems in full by default', () => {
    expect(PROBLEMS_KEPT).toBe(1000);
    const log = new ProblemLog();
    for (let line = 2; line < 2 + 1500; line++) log.add([error(line)], true);
    expect(log.kept).toHaveLength(1000);
    expect(log.tally.errors).toBe(1500);
  });

  it('keeps only the first problems up to its limit, and counts every one in the tally', () => {
    const log = new ProblemLog(3);
    log.add([error(2), warning(2)], true);
    log.add([error(3, 'negative_number')], true);
    log.add([warning(4), error(5, 'fraction_in_count')]);
    log.add([warning(6, 'approximate_number', 'people')]);
    expect(log.kept).toEqual([error(2), warning(2), error(3, 'negative_number')]);
    expect(log.tally).toEqual({
      errors: 3,
      warnings: 3,
      byCode: { not_a_number: 1, county_name_mismatch: 2, negative_number: 1, fraction_in_count: 1, approximate_number: 1 },
      // Lines 4 and 6: line 2's warning came on a rejected line, and line 5 has an error only.
      linesWithWarnings: 2,
    });
  });

  it('starts with nothing kept and an empty tally', () => {
    const log = new ProblemLog();
    expect([log.kept, log.tally]).toEqual([[], emptyTally()]);
    expect(emptyTally()).toEqual({ errors: 0, warnings: 0, byCode: {}, linesWithWarnings: 0 });
  });

  describe('problems found after validating (addFound)', () => {
    it('keeps the earliest problems of both, in line order, when the found ones come before those kept', () => {
      const log = new ProblemLog(4);
      for (const line of [10, 11, 12, 13, 14, 15]) log.add([error(line)], true);
      log.addFound([warning(3, 'duplicate_key', null), warning(12, 'duplicate_key', null), warning(20, 'duplicate_key', null)]);
      expect(log.kept.map((problem) => [problem.line, problem.code])).toEqual([
        [3, 'duplicate_key'],
        [10, 'not_a_number'],
        [11, 'not_a_number'],
        [12, 'duplicate_key'],
      ]);
      expect([log.tally.errors, log.tally.warnings, log.tally.byCode]).toEqual([6, 3, { not_a_number: 6, duplicate_key: 3 }]);
    });

    it('keeps found problems that come after all those kept when there is room, sorted by line then column', () => {
      const log = new ProblemLog(10);
      log.add([error(2, 'not_a_number', 'people'), error(2, 'negative_number', 'households')], true);
      log.addFound([warning(1, 'skipped_title_row', null), warning(5, 'detail_sum_mismatch', 'people'), warning(5, 'detail_sum_mismatch', 'households')]);
      expect(log.kept.map((problem) => [problem.line, problem.column])).toEqual([
        [1, null],
        [2, 'households'],
        [2, 'people'],
        [5, 'households'],
        [5, 'people'],
      ]);
      expect([...log.kept].sort(byLineThenColumn)).toEqual(log.kept);
    });

    it('takes found problems in when nothing was kept before, up to the limit', () => {
      const log = new ProblemLog(2);
      log.addFound([warning(2, 'duplicate_key'), warning(3, 'duplicate_key'), warning(4, 'duplicate_key')]);
      expect(log.kept.map((problem) => problem.line)).toEqual([2, 3]);
      expect(log.tally.warnings).toBe(3);
    });

    it('changes nothing when it finds nothing', () => {
      const log = new ProblemLog(2);
      log.add([error(2), error(3), error(4)], true);
      log.addFound([]);
      expect(log.kept.map((problem) => problem.line)).toEqual([2, 3]);
      expect(log.tally.errors).toBe(3);
    });
  });

  describe('lines with warnings', () => {
    it('counts a line with two warnings once, also when the second arrives later', () => {
      const log = new ProblemLog();
      log.add([warning(3), warning(3, 'approximate_number', 'people')]);
      log.addFound([warning(3, 'duplicate_key', null), warning(7, 'duplicate_key', null)]);
      expect(log.tally.linesWithWarnings).toBe(2);
      expect(log.tally.warnings).toBe(4);
    });

    it('does not count the warnings of a rejected line', () => {
      const log = new ProblemLog();
      log.add([warning(3), error(3)], true);
      expect([log.tally.linesWithWarnings, log.tally.warnings, log.tally.errors]).toEqual([0, 1, 1]);
    });

    it('does not count a line whose only problems are errors', () => {
      const log = new ProblemLog();
      log.add([error(3)]);
      expect(log.tally.linesWithWarnings).toBe(0);
    });

    it.each(['subtotal_mismatch', 'skipped_title_row', 'unknown_column'] as const)('does not count a %s warning, which is not about a data row', (code) => {
      const log = new ProblemLog();
      log.add([warning(1, code, null)]);
      log.addFound([warning(2, code, null)]);
      expect([log.tally.linesWithWarnings, log.tally.warnings, log.tally.byCode[code]]).toEqual([0, 2, 2]);
    });

    it('counts lines with warnings far beyond the problems kept, on lines past a million', () => {
      const log = new ProblemLog(5);
      for (let line = 2; line < 2 + 3000; line++) log.add([warning(line)]);
      log.add([warning(1_500_000)]);
      log.add([warning(1_500_000, 'approximate_number', 'people')]);
      expect([log.kept.length, log.tally.warnings, log.tally.linesWithWarnings]).toEqual([5, 3002, 3001]);
    });
  });
});
