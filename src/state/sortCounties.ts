import type { CountySummary } from '../data/aggregate/summarise';
import type { ViewState } from './viewState';
import { measureOf } from './measures';

function sortValue(summary: CountySummary, key: ViewState['sort']['key']): number | string | null {
  return key === 'county' ? summary.county_code : measureOf(key).read(summary);
}

/** Orders county summaries by a column; unknown figures always sort last, whichever the direction. */
export function sortCounties(summaries: readonly CountySummary[], sort: ViewState['sort']): CountySummary[] {
  const direction = sort.descending ? -1 : 1;
  return [...summaries].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? a.county_code.localeCompare(b.county_code) : x === null ? 1 : -1;
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return order * direction || a.county_code.localeCompare(b.county_code);
  });
}
