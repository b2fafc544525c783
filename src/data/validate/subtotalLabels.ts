const SUBTOTAL_WORDS = new Set(['合计', '总计', '小计', '全县合计', '全市合计', '全省合计', 'total', 'subtotal', 'grandtotal', 'sum']);

/** True when a label cell marks a subtotal row (合计, 总计, 小计, Total, Subtotal…), however it is spaced or cased. */
export function isSubtotalLabel(text: string | null | undefined): boolean {
  if (!text) return false;
  return SUBTOTAL_WORDS.has(text.normalize('NFKC').replace(/[\s:：]/g, '').toLowerCase());
}
