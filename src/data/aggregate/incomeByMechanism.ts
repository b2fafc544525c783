import { group } from 'd3-array';
import type { IncomeRecord } from '../types';
import { sumKnown, weightedMean, type Measure } from '../sumKnown';

export interface MechanismSummary {
  mechanism: string;
  households: Measure;
  /** Mean annual gain per household, weighted by households across the counties using the mechanism. */
  income_gain_per_household_yuan: Measure;
  income_gain_per_capita_yuan: Measure;
}

/** Income gains grouped by mechanism, largest gain per household first; mechanisms without one come last. */
export function incomeByMechanism(income: readonly IncomeRecord[]): MechanismSummary[] {
  return [...group(income, (record) => record.mechanism)]
    .map(([mechanism, records]) => ({
      mechanism,
      households: sumKnown(records, (record) => record.households),
      income_gain_per_household_yuan: weightedMean(records, (r) => r.income_gain_per_household_yuan, (r) => r.households),
      income_gain_per_capita_yuan: weightedMean(records, (r) => r.income_gain_per_capita_yuan, (r) => r.people),
    }))
    .sort((a, b) => (b.income_gain_per_household_yuan.value ?? -1) - (a.income_gain_per_household_yuan.value ?? -1));
}
