import { MAX_COMPARED_COUNTIES, type CountyPeriodLine, type PeopleByPeriod } from '../../data/aggregate/peopleByPeriod';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { distinctLabelFormat } from '../axisTicks';
import { baseOption, categoryAxisStyle, escapeHtml, valueAxis, valueAxisStyle, VERTICAL_AXIS_SPLITS } from '../commonOptions';
import { drawnChart, emptyChart } from '../chartSpec';

/** A colour and a marker per compared county, so lines are told apart without colour too. */
const LINE_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.vermillion, PALETTE.purple, PALETTE.sky, PALETTE.text, PALETTE.grey];
const LINE_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];

interface DrawnLine {
  name: string;
  values: (number | null)[];
}

/**
 * Relocated people over time: a line through the yearly figures where the data has them; otherwise one bar
 * per span of years, with a note that no yearly breakdown exists (a span is never spread over its years). With
 * counties compared, each county draws its own line (or bar of a group), never their sum.
 */
export function buildPeopleByPeriodChart(series: PeopleByPeriod, context: ChartContext): ChartSpec {
  const { lang, t } = context;
  const yearly = series.kind === 'yearly';
  const title = t(yearly ? 'chart.people-by-period.title' : 'chart.people-by-period.rangesTitle');
  const compared: readonly CountyPeriodLine[] | null = series.lines && series.lines.length >= 2 ? series.lines : null;
  // Compared, a line per county; otherwise the one line of the total.
  const sourceLines = compared ?? [{ county: t('kpi.people'), points: series.points }];
  const drawnPeriods = series.points
    .map((point, index) => ({ period: point.period, index }))
    .filter(({ index }) => sourceLines.some((line) => line.points[index]?.people.value != null));
  const lines: DrawnLine[] = sourceLines.map((line) => ({
    name: line.county,
    values: drawnPeriods.map(({ index }) => line.points[index]?.people.value ?? null),
  }));
  const notes: string[] = [];
  if (!yearly && drawnPeriods.length > 0) notes.push(t('chart.people-by-period.rangesNote'));
  if (series.tooManyToCompare !== undefined)
    notes.push(t('chart.people-by-period.tooManyToCompare', { count: series.tooManyToCompare, max: MAX_COMPARED_COUNTIES }));
  if (series.rangeRowsLeftOut > 0) notes.push(t('chart.people-by-period.rangeRowsLeftOut', { count: series.rangeRowsLeftOut }));
  const unit = t('unit.people');
  const table = {
    columns: [t('table.periods'), ...(compared ? lines.map((line) => line.name) : [t('table.people')])],
    rows: drawnPeriods.map(({ period }, row) => [period, ...lines.map((line) => line.values[row] ?? null)]),
  };
  const first = drawnPeriods[0];
  const last = drawnPeriods[drawnPeriods.length - 1];
  if (first === undefined || last === undefined) return emptyChart({ title, table, unit, notes }, t, 200);

  const valueAt = (row: number) => formatNumber(lines[0]?.values[row] ?? 0, lang);
  const description = compared
    ? t('chart.people-by-period.descriptionCompared', {
        count: compared.length,
        names: formatList(
          lines.map((line) => line.name),
          lang,
        ),
      })
    : first === last
      ? t('chart.people-by-period.descriptionSingle', { period: first.period, value: valueAt(0) })
      : t('chart.people-by-period.description', { from: first.period, to: last.period, first: valueAt(0), last: valueAt(drawnPeriods.length - 1) });
  const allValues = lines.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const pointLabel = distinctLabelFormat(allValues, lang);
  return drawnChart({ title, table, unit, notes }, description, compared ? 300 : 260, {
    ...baseOption(),
    ...(compared ? { legend: { top: 0, left: 0, itemWidth: 22, itemHeight: 12, textStyle: { color: PALETTE.text } } } : {}),
    grid: { left: 8, right: 24, top: compared ? 64 : 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const items = Array.isArray(params) ? params : [params];
        const [head] = items;
        if (head === undefined) return '';
        const figure = (value: unknown) => (value == null ? t('kpi.unknown') : `${formatNumber(Number(value), lang)} ${t('unit.people')}`);
        const rows = compared
          ? items.map((item) => `${escapeHtml(String(item.seriesName))}: ${escapeHtml(figure(item.value))}`)
          : [escapeHtml(figure(head.value))];
        return [escapeHtml(String(head.name)), ...rows].join('<br/>');
      },
    },
    // Points sit between the ticks, for lines too: a label above the first point then clears the axis's figures.
    xAxis: { type: 'category', data: drawnPeriods.map(({ period }) => period), boundaryGap: true, ...categoryAxisStyle },
    yAxis: {
      ...valueAxis(allValues, lang, { intervals: VERTICAL_AXIS_SPLITS, headroom: compared ? 0 : 0.15 }),
      name: t('chart.axis.people'),
      nameTextStyle: valueAxisStyle.nameTextStyle,
    },
    series: lines.map((line, index) => ({
      type: yearly ? ('line' as const) : ('bar' as const),
      name: line.name,
      data: line.values,
      connectNulls: false,
      itemStyle: { color: compared ? (LINE_COLOURS[index % LINE_COLOURS.length] ?? PALETTE.blue) : PALETTE.blue },
      symbol: compared ? LINE_SYMBOLS[index % LINE_SYMBOLS.length] : 'circle',
      symbolSize: 8,
      barMaxWidth: compared ? 28 : 56,
      // Compared lines carry no labels (the tooltip and table give each figure): a dozen numbers would overprint.
      label: { show: !compared, position: 'top', formatter: (p: { value: unknown }) => pointLabel(Number(p.value)), color: PALETTE.text },
      labelLayout: { hideOverlap: true },
    })),
  });
}
