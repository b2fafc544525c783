import type { CountySummary } from '../../data/aggregate/summarise';
import { levelWords } from '../levelWords';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { barsChart, emptyChart, sayInstead } from '../chartSpec';

/** Relocated people by county as horizontal bars, largest first; counties without a figure are named in a note. */
export function buildPeopleByCountyChart(summaries: readonly CountySummary[], { lang, t }: ChartContext): ChartSpec {
  const level = levelWords(summaries, t);
  const title = t('chart.people-by-county.title', level);
  const known = summaries
    .filter((summary) => summary.people.value !== null)
    .sort((a, b) => (b.people.value ?? 0) - (a.people.value ?? 0) || a.county.localeCompare(b.county));
  const unknown = summaries.filter((summary) => summary.people.value === null).map((summary) => summary.county);
  const notes = unknown.length > 0 ? [t('chart.countiesWithoutFigure', { names: formatList(unknown, lang) })] : [];
  const unit = t('unit.people');
  const table = {
    columns: [t('table.county'), t('table.people')],
    rows: [...known, ...summaries.filter((summary) => summary.people.value === null)].map((summary) => [summary.county, summary.people.value]),
  };
  const [largest] = known;
  if (largest === undefined) return emptyChart({ title, table, unit, notes }, t);

  const total = known.reduce((sum, summary) => sum + (summary.people.value ?? 0), 0);
  const description = t('chart.people-by-county.description', {
    ...level,
    count: known.length,
    total: formatNumber(total, lang),
    county: largest.county,
    largest: formatNumber(largest.people.value ?? 0, lang),
  });
  const spec = barsChart(
    { title, table, unit, notes },
    {
      description,
      lang,
      categories: known.map((summary) => summary.county),
      values: known.map((summary) => summary.people.value ?? 0),
      colors: PALETTE.blue,
      seriesName: t('kpi.people'),
      axisName: t('chart.axis.people'),
      tooltipLines: (index) => {
        const summary = known[index];
        return summary ? [summary.county, `${formatNumber(summary.people.value ?? 0, lang)} ${t('unit.people')}`] : [];
      },
    },
  );
  return known.length === 1 ? sayInstead(spec, { area: largest.county, value: formatNumber(largest.people.value ?? 0, lang) }) : spec;
}
