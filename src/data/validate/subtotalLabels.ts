import { memoiseText } from '../memoiseText';

const SUBTOTAL_WORDS = new Set(['合计', '总计', '小计', '全县合计', '全市合计', '全省合计', 'total', 'subtotal', 'grandtotal', 'sum']);

// Labels repeat on every row of a large file (the same county, township, site): each is normalised once.
const isSubtotalWord = memoiseText((text: string) => SUBTOTAL_WORDS.has(text.normalize('NFKC').replace(/[\s:：]/g, '').toLowerCase()));

/** True when a label cell marks a subtotal row (合计, 总计, 小计, Total, Subtotal…), however it is spaced or cased. */
export function isSubtotalLabel(text: string | null | undefined): boolean {
  return text ? isSubtotalWord(text) : false;
}
