import { formatList } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';

/**
 * What the county filter says it is set to: the county's name when the view is of one county (chosen, or the only
 * one the data has), "all counties" only when there are several to be all of.
 */
export function countyFilterSummary(counties: readonly { code: string; name: string }[], chosenCodes: readonly string[], t: Translate): string {
  const chosen = new Set(chosenCodes);
  const named = chosen.size === 0 ? counties : counties.filter(({ code }) => chosen.has(code));
  const [only] = named;
  if (named.length === 1 && only) return only.name;
  return chosen.size === 0 ? t('filters.allCounties') : t('filters.countiesChosen', { count: chosen.size });
}

/**
 * The area a view (and so an export) covers, by name: the counties chosen, listed (the filter only counts them), or
 * what the filter says when none is.
 */
export function areaOfView(counties: readonly { code: string; name: string }[], chosenNames: readonly string[], lang: Lang, t: Translate): string {
  return chosenNames.length > 0 ? formatList(chosenNames, lang) : countyFilterSummary(counties, [], t);
}
