import type { peopleByPeriod } from '../../data/aggregate/peopleByPeriod';
import { formatCompact, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, valueAxisStyle } from '../commonOptions';
import { drawnChart, emptyChart } from '../chartSpec';

/**
 * Relocated people over time: a line through the yearly figures where the data has them; otherwise one bar
 * per span of years, with a note that no yearly breakdown exists (a span is never spread over its years).
 */
export function buildPeopleByPeriodChart(series: ReturnType<typeof peopleByPeriod>, { lang, t }: ChartContext): ChartSpec {
  const yearly = series.kind === 'yearly';
  const title = t(yearly ? 'chart.people-by-period.title' : 'chart.people-by-period.rangesTitle');
  const points = series.points.filter((point) => point.people.value !== null);
  const notes: string[] = [];
  if (!yearly && points.length > 0) notes.push(t('chart.people-by-period.rangesNote'));
  if (series.rangeRowsLeftOut > 0) notes.push(t('chart.people-by-period.rangeRowsLeftOut', { count: series.rangeRowsLeftOut }));
  const unit = t('unit.people');
  const table = { columns: [t('table.periods'), t('table.people')], rows: points.map((point) => [point.period, point.people.value]) };
  const [first] = points;
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return emptyChart({ title, table, unit, notes }, t, 200);

  const description =
    first === last
      ? t('chart.people-by-period.descriptionSingle', { period: first.period, value: formatNumber(first.people.value ?? 0, lang) })
      : t('chart.people-by-period.description', {
          from: first.period,
          to: last.period,
          first: formatNumber(first.people.value ?? 0, lang),
          last: formatNumber(last.people.value ?? 0, lang),
        });
  return drawnChart({ title, table, unit, notes }, description, 260, {
    ...baseOption(),
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const [item] = Array.isArray(params) ? params : [params];
        return item ? `${escapeHtml(String(item.name))}<br/>${formatNumber(Number(item.value), lang)} ${escapeHtml(t('unit.people'))}` : '';
      },
    },
    xAxis: { type: 'category', data: points.map((point) => point.period), boundaryGap: !yearly, ...categoryAxisStyle },
    yAxis: {
      type: 'value',
      name: t('chart.axis.people'),
      axisLabel: { ...valueAxisStyle.axisLabel, formatter: (v: number) => formatCompact(v, lang) },
      splitLine: valueAxisStyle.splitLine,
    },
    series: [
      {
        type: yearly ? 'line' : 'bar',
        name: t('kpi.people'),
        data: points.map((point) => point.people.value ?? 0),
        itemStyle: { color: PALETTE.blue },
        barMaxWidth: 56,
        label: { show: true, position: 'top', formatter: (p: { value: unknown }) => formatCompact(Number(p.value), lang), color: PALETTE.text },
      },
    ],
  });
}
