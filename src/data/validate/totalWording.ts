import { memoiseText } from '../memoiseText';

/** What a label that says "total" says it is the total of. */
export interface TotalWording {
  /** The place or type named beside the word (上馆镇 in 上馆镇小计, 扶贫车间 in 扶贫车间小计); null when none. */
  scope: string | null;
  /** A bare 小计 (Subtotal) names nothing: it sums the lines since the previous total. */
  sinceLastTotal: boolean;
}

const WORD = '(合计|总计|小计|共计|汇总|总数|subtotal|sub-total|grandtotal|total|sum)';
const OPEN = '[(\\[（【]';
const CLOSE = '[)\\]）】]';
const FORMS = [
  // 上馆镇小计, 全区合计, 合计, Shangguan total
  new RegExp(`^(.*?)${WORD}$`, 'u'),
  // 小计（上馆镇）, 合计（全县）, Total (county)
  new RegExp(`^${WORD}${OPEN}(.*)${CLOSE}$`, 'u'),
  // 上馆镇（小计）
  new RegExp(`^(.*?)${OPEN}${WORD}${CLOSE}$`, 'u'),
];
// 全县, 全区, 全旗…: the whole of the area the file is about.
const WHOLE_AREA = /^全(县|区|市|旗|镇|乡|省|州|盟|村)$/u;
const BARE_SUBTOTAL = new Set(['小计', 'subtotal', 'sub-total']);

function readWording(text: string): TotalWording | null {
  const label = text.normalize('NFKC').replace(/\s+/g, '').replace(/[:：]$/u, '').toLowerCase();
  if (label === '') return null;
  if (WHOLE_AREA.test(label)) return { scope: null, sinceLastTotal: false };
  for (const [index, form] of FORMS.entries()) {
    const match = form.exec(label);
    if (!match) continue;
    const word = index === 1 ? match[1]! : match[2]!;
    const rest = (index === 1 ? match[2]! : match[1]!).replace(/[-—_·・、，,]+$/u, '');
    if (rest === '' || WHOLE_AREA.test(rest)) return { scope: null, sinceLastTotal: rest === '' && BARE_SUBTOTAL.has(word) };
    // "grand" in Grand Total is no place.
    if (rest === 'grand') return { scope: null, sinceLastTotal: false };
    return { scope: scopeAsWritten(text, rest), sinceLastTotal: false };
  }
  return null;
}

// The scope as the file writes it (its own width and case), so it matches the other lines' cells.
function scopeAsWritten(text: string, normalised: string): string {
  const trimmed = text.trim();
  for (let start = 0; start < trimmed.length; start++) {
    for (let end = trimmed.length; end > start; end--) {
      const piece = trimmed.slice(start, end);
      if (piece.normalize('NFKC').replace(/\s+/g, '').toLowerCase() === normalised) return piece.trim();
    }
  }
  return normalised;
}

const wordingOf = memoiseText(readWording);

/**
 * Reads a label cell that says it is a total, in every usual form: 合计, 总计, 小计, 共计, 汇总, 全县, 全区合计,
 * 上馆镇小计, 小计（上馆镇）, 扶贫车间小计, 合计（全县）, Total, Sub-total, Grand total; null for any other text
 * (合计村 or 总计划 are names). Spaces, width and case do not matter.
 */
export function totalWording(text: string | null | undefined): TotalWording | null {
  return text ? wordingOf(text) : null;
}

/** True when a label cell marks a total line. */
export function isSubtotalLabel(text: string | null | undefined): boolean {
  return totalWording(text) !== null;
}
