import type { Dataset } from '../data/types';
import type { FigureSummary } from '../data/aggregate/summarise';
import { filterDataset, type Filters } from '../data/aggregate/filterDataset';
import { measureOf, type MeasureDefinition, type MeasureKey } from './measures';
import { formatList } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';

/**
 * Why the page has no figure for a measure, told by its real cause rather than one word for all: the sources give
 * only a wider span of years, only other years, records that leave it blank, no record at all, or (for a figure per
 * resident) counties without a population.
 */
export type MissingReason =
  | { kind: 'wider-period'; periods: readonly string[] }
  | { kind: 'other-periods'; periods: readonly string[] }
  | { kind: 'blank' }
  | { kind: 'not-stated' }
  | { kind: 'no-population'; counties: readonly string[] };

/** What the reason is looked for in: the whole data, the filters, and what they keep. */
export interface MissingContext {
  data: Dataset;
  filters: Filters;
  filtered: Dataset;
  overall: FigureSummary;
}

function labels(records: readonly { period: { label: string; from: number } }[]): string[] {
  const byLabel = new Map(records.map((record) => [record.period.label, record.period.from]));
  return [...byLabel].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([label]) => label);
}

function countiesWithoutPopulation(filtered: Dataset): string[] {
  const withPopulation = new Set(filtered.population.map((record) => record.county_code));
  const names = new Map<string, string>();
  for (const record of [...filtered.relocation, ...filtered.sites, ...filtered.jobs, ...filtered.income])
    if (!withPopulation.has(record.county_code) && !names.has(record.county_code)) names.set(record.county_code, record.county);
  return [...names.values()];
}

/** The reason a measure has no figure in the selection; null when it has one. */
export function missingReason(definition: MeasureDefinition, context: MissingContext): MissingReason | null {
  const { data, filters, filtered, overall } = context;
  if (definition.read(overall) !== null) return null;
  if (definition.of !== undefined) {
    const part = measureOf(definition.of as MeasureKey);
    if (part.read(overall) === null) return missingReason(part, context);
    const counties = definition.key.includes('per_1000') ? countiesWithoutPopulation(filtered) : [];
    return counties.length > 0 ? { kind: 'no-population', counties } : { kind: 'not-stated' };
  }
  if (filtered[definition.dataset].length > 0) return { kind: 'blank' };
  const chosen = filterDataset(data, { counties: filters.counties, period: null })[definition.dataset];
  const { period } = filters;
  if (chosen.length === 0 || period === null) return { kind: 'not-stated' };
  const overlapping = chosen.filter((record) => record.period.from <= period.to && record.period.to >= period.from);
  return overlapping.length > 0 ? { kind: 'wider-period', periods: labels(overlapping) } : { kind: 'other-periods', periods: labels(chosen) };
}

/** A missing figure's cause in the reader's language, naming years and counties, never a file. */
export function missingReasonText(reason: MissingReason, lang: Lang, t: Translate): string {
  switch (reason.kind) {
    case 'wider-period':
      return t('missing.widerPeriod', { periods: formatList(reason.periods, lang) });
    case 'other-periods':
      return t('missing.otherPeriods', { periods: formatList(reason.periods, lang) });
    case 'blank':
      return t('missing.blank');
    case 'no-population':
      return t('missing.noPopulation', { counties: formatList(reason.counties, lang) });
    case 'not-stated':
      return t('missing.notStated');
  }
}
