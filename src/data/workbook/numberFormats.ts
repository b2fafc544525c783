// Excel's built-in formats that show a date or time (ECMA-376 18.8.30), with the CJK ones (27–36, 50–58).
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a number format shows its number as a date: a built-in date format, or a custom code with a date or time
 * part (y, m, d, h, s, 年月日) outside its quoted text, [colour] and escaped characters. `0.0万` or `#,##0"户"` is a number.
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATES.has(id)) return true;
  if (code === undefined) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  const section = bare.split(';')[0] ?? '';
  return /[yYdDhHsS年月日]/.test(section) || (/[mM]/.test(section) && !/[0#?]/.test(section));
}
