/**
 * The result of reading a numeric cell: a number, unknown (blank), or not a number. `approximate` is present (and
 * true) only when the cell words the number as an approximation (约6000, 6000余人, 320多户, 80左右).
 */
export type NumberCell = { ok: true; value: number | null; approximate?: true } | { ok: false };

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

// Marks people put in a cell to say "no figure": read as unknown, not as zero.
// 无 and 空 (none, empty) and 不详 (not known) are what offices type for a figure they do not have, not a zero.
const NO_FIGURE = new Set(['', '-', '--', '—', '——', '–', '/', '\\', 'n/a', 'na', '无', '空', '不详', '未知', '暂无']);

// An optional 约/大约 (about), digits with optional thousands groups, an optional fraction, then 万/亿 (which 余/多
// may precede: 3000余万 is over 30 million), an optional 余/多/左右 (over, or about), and a trailing unit in Chinese
// such as 人, 户, 元/年 or （元）; 左右 may also follow the unit (6000人左右). Latin letters and % are not units here:
// `12abc` or `5%` is not a count.
const NUMBER_PATTERN = /^(大约|约)?([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(余|多)?(万|亿)?(余|多|左右)?([\p{Script=Han}/()]*)$/u;

// A 万 or 亿 left in the unit would multiply the figure unread (12（万元）): such a cell is not read at all.
const MULTIPLIER_IN_UNIT = /[万亿]/u;

// Words in the unit that still mark an approximation when written after it: 6000人左右.
const APPROXIMATE_AFTER_UNIT = /左右$/u;

/** True when a cell says in words that there is no figure (—, /, 无, N/A…): unknown, never zero and never an error. */
export function isNoFigure(raw: string): boolean {
  return NO_FIGURE.has(raw.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f]/g, '').toLowerCase());
}

// A large file's figures are nearly all plain digits (4, 1871): reading those without normalising and matching
// the pattern saves most of the cost of a million-row import. -1 means "not plain digits: read it in full".
export function plainInteger(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Rounds a figure to 6 decimals, which removes binary noise such as 1.15 × 10000 = 11499.999999999998. Past 2^53
 * millionths (about 9 × 10^9) a double has no 6th decimal left to round, and value × 1e6 / 1e6 only adds error:
 * the property tests found the count 3089634492046124 read back as 3089634492046124.5 and rejected as a fraction.
 * Such a figure is left as it is.
 */
export function roundToMillionths(value: number): number {
  const millionths = value * 1e6;
  return Math.abs(millionths) < Number.MAX_SAFE_INTEGER ? Math.round(millionths) / 1e6 : value;
}

/**
 * Reads a number as people type it in Excel and WPS: `1,234`, full-width `１２３４`,
 * trailing units (`320人`, `1871元`), and `1.2万` (= 12000). A blank cell is unknown (null), never 0.
 * A number worded as an approximation (`约6000`, `大约6000人`, `6000余人`, `320多户`, `80左右`) is read as the
 * number it names, with `approximate: true`, so that validation can say so rather than pass it off as exact.
 */
export function parseNumber(raw: string): NumberCell {
  const plain = plainInteger(raw);
  if (plain >= 0) return { ok: true, value: plain };
  // NFKC folds full-width digits, commas, points and brackets to their ASCII forms.
  const text = raw.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f]/g, '');
  if (NO_FIGURE.has(text.toLowerCase())) return { ok: true, value: null };
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return { ok: false };
  const [, about, sign, whole, fraction, overBeforeMultiplier, multiplierWord, over, unit = ''] = match;
  if (whole === undefined && fraction === undefined) return { ok: false };
  if (MULTIPLIER_IN_UNIT.test(unit)) return { ok: false };
  const unsigned = Number(`${(whole ?? '0').replace(/,/g, '')}.${fraction ?? '0'}`);
  const multiplier = multiplierWord ? (MULTIPLIERS[multiplierWord] ?? 1) : 1;
  // Rounding to 6 decimals removes binary noise such as 1.15 × 10000 = 11499.999999999998.
  const magnitude = roundToMillionths(unsigned * multiplier);
  const value = sign === '-' ? -magnitude : magnitude;
  const approximate = about !== undefined || overBeforeMultiplier !== undefined || over !== undefined || APPROXIMATE_AFTER_UNIT.test(unit);
  return approximate ? { ok: true, value, approximate: true } : { ok: true, value };
}
