/** The result of reading a numeric cell: a number, unknown (blank), or not a number. */
export type NumberCell = { ok: true; value: number | null } | { ok: false };

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

// Marks people put in a cell to say "no figure": read as unknown, not as zero.
const NO_FIGURE = new Set(['', '-', '--', '—', '–', '/', 'n/a', 'na']);

// Digits with optional thousands groups, an optional fraction, then 万/亿 and a trailing unit in Chinese such as
// 人, 户, 元/年 or （元）. Latin letters and % are not units here: `12abc` or `5%` is not a count.
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?\s*(万|亿)?\s*[\p{Script=Han}/()]*$/u;

/**
 * Reads a number as people type it in Excel and WPS: `1,234`, full-width `１２３４`,
 * trailing units (`320人`, `1871元`), and `1.2万` (= 12000). A blank cell is unknown (null), never 0.
 */
export function parseNumber(raw: string): NumberCell {
  // NFKC folds full-width digits, commas, points and brackets to their ASCII forms.
  const text = raw.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f]/g, '');
  if (NO_FIGURE.has(text.toLowerCase())) return { ok: true, value: null };
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return { ok: false };
  const [, sign, whole, fraction, multiplierWord] = match;
  if (whole === undefined && fraction === undefined) return { ok: false };
  const unsigned = Number(`${(whole ?? '0').replace(/,/g, '')}.${fraction ?? '0'}`);
  const multiplier = multiplierWord ? (MULTIPLIERS[multiplierWord] ?? 1) : 1;
  // Rounding to 6 decimals removes binary noise such as 1.15 × 10000 = 11499.999999999998.
  const value = Math.round(unsigned * multiplier * 1e6) / 1e6;
  return { ok: true, value: sign === '-' ? -value : value };
}
