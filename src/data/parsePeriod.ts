import { memoiseText } from './memoiseText';
import type { Period } from './types';

const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

// Five-year plans by their common names, as officials write them.
const PLAN_PERIODS: Readonly<Record<string, readonly [number, number]>> = {
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
};

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function periodOf(from: number, to: number): Period {
  return { from, to, label: from === to ? String(from) : `${from}-${to}` };
}

/**
 * Reads a period cell: `2019`, `2019年`, `2019年度`, a range `2016-2020` (also with 至, ~, — or 年), a
 * five-year plan (`十三五`), or a date (`2019-10-01`, `2019年10月`) as its year. Returns null when the text is not a period. Each distinct text is read once (a
 * large file repeats its years on every row), so the same text gives the same frozen Period.
 */
export const parsePeriod = memoiseText((raw: string) => {
  const period = readPeriod(raw);
  return period && Object.freeze(period);
});

function readPeriod(raw: string): Period | null {
  const text = raw.normalize('NFKC').replace(/\s/g, '').replace(/[“”"'‘’]|期间|时期/g, '');
  const plan = PLAN_PERIODS[text];
  if (plan) return periodOf(plan[0], plan[1]);
  // A date (a workbook's date cell, 2019-10-01, or 2019年10月) is the year it falls in.
  const date = /^(\d{4})(?:-\d{1,2}(?:-\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)$/.exec(text);
  if (date) return isYear(Number(date[1])) ? periodOf(Number(date[1]), Number(date[1])) : null;
  const match = /^(\d{4})(?:年度|年)?(?:(?:-|~|—|–|－|至|到)(\d{4})(?:年度|年)?)?$/.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (!isYear(from) || !isYear(to) || to < from) return null;
  return periodOf(from, to);
}

/** True when `inner` lies wholly within `outer`. */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}
