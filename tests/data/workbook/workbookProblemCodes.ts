import type { ProblemCode } from '../../../src/data/types';

/** The problems only a workbook's own structure makes (merges, hidden rows, formulas saved without a value). */
export const WORKBOOK_PROBLEM_CODES = ['merged_cells_filled', 'merged_figure_once', 'formula_uncached', 'hidden_row', 'hidden_column'] as const satisfies readonly ProblemCode[];
