import { describe, expect, it } from 'vitest';
import { isSubtotalLabel } from '../../../src/data/validate/totalWording';

describe('isSubtotalLabel', () => {
  it.each([['合计'], ['总计'], ['小计'], ['全县合计'], ['全市合计'], ['全省合计'], ['合 计'], ['合计：'], ['Total'], ['TOTAL'], ['Total:'], ['Subtotal'], ['Grand Total'], ['sum']])(
    'marks %j as a subtotal label',
    (label) => {
      expect(isSubtotalLabel(label)).toBe(true);
    },
  );

  it.each([['代县'], ['合计村'], ['总计划'], ['Totals row'], [''], [null], [undefined]])('does not mark %j', (label) => {
    expect(isSubtotalLabel(label)).toBe(false);
  });
});
