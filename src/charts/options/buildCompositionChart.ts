import type { FigureSummary } from '../../data/aggregate/summarise';
import type { Measure } from '../../data/sumKnown';
import { formatNumber, formatShare } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, valueAxisStyle } from '../commonOptions';
import { drawnChart, emptyChart } from '../chartSpec';

interface Part {
  name: string;
  measure: Measure;
  color: string;
  /** Label colour with at least 4.5:1 contrast on `color`. */
  ink: string;
  row: 0 | 1;
}

// Narrow segments would overflow their labels on a phone: below these shares of the bar, the name and then
// the figure are left to the legend, the tooltip and the table. A segment without its name stacks the figure over
// its share, half as wide as the two on one line ("12,126 (20.5%)" ran over its neighbours at 375 px).
const MIN_SHARE_FOR_FIGURE = 0.18;
const MIN_SHARE_FOR_NAME = 0.3;

/** The unstated rest of a whole, when the parts known fall short of it; null when nothing is missing. */
function unknownRest(whole: Measure, parts: readonly Measure[]): number | null {
  if (whole.value === null) return null;
  const stated = parts.reduce((sum, part) => sum + (part.value ?? 0), 0);
  return whole.value - stated > 0 ? whole.value - stated : null;
}

/**
 * Two stacked bars of relocated people: by how they moved (whole village vs scattered) and by who they are
 * (registered poor vs relocated alongside). Any part the data does not state shows as "unknown", not as nothing.
 */
export function buildCompositionChart(summary: FigureSummary, { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.relocation-composition.title');
  const parts: Part[] = [
    { name: t('chart.composition.wholeVillage'), measure: summary.whole_village_people, color: PALETTE.blue, ink: '#ffffff', row: 0 },
    { name: t('chart.composition.scattered'), measure: summary.scattered_people, color: PALETTE.orange, ink: PALETTE.text, row: 0 },
    { name: t('chart.composition.registeredPoor'), measure: summary.registered_poor_people, color: PALETTE.rust, ink: '#ffffff', row: 1 },
    { name: t('chart.composition.synchronous'), measure: summary.synchronous_people, color: PALETTE.sky, ink: PALETTE.text, row: 1 },
  ];
  const unit = t('unit.people');
  const table = {
    columns: [t('chart.measureLabel'), t('table.people'), t('table.share')],
    rows: parts.map((part) => [
      part.name,
      part.measure.value,
      part.measure.value !== null && summary.people.value ? part.measure.value / summary.people.value : null,
    ]),
  };
  if (parts.every((part) => part.measure.value === null)) return emptyChart({ title, table, unit, notes: [] }, t, 160);

  const rests = [0, 1].map((row) =>
    unknownRest(
      summary.people,
      parts.filter((part) => part.row === row).map((part) => part.measure),
    ),
  );
  const whole = summary.people.value;
  const label = (value: number) =>
    whole ? t('chart.valueWithShare', { value: formatNumber(value, lang), share: formatShare(value / whole, lang) }) : formatNumber(value, lang);
  const rowData = (row: 0 | 1, value: number | null) => (row === 0 ? [value, null] : [null, value]);
  const segmentLabel = (name: string, value: unknown) => {
    if (value == null) return '';
    const share = whole ? Number(value) / whole : 1;
    if (share < MIN_SHARE_FOR_FIGURE) return '';
    return share < MIN_SHARE_FOR_NAME ? `${formatNumber(Number(value), lang)}\n${formatShare(share, lang)}` : `${name}\n${label(Number(value))}`;
  };
  const described = parts.filter((part) => part.measure.value !== null).map((part) => `${part.name} ${label(part.measure.value ?? 0)}`);
  const description = t('chart.relocation-composition.description', { parts: described.join(lang === 'zh' ? '；' : '; ') });

  const series = parts.map((part) => ({
    type: 'bar' as const,
    name: part.name,
    stack: 'people',
    data: rowData(part.row, part.measure.value),
    itemStyle: { color: part.color, borderColor: '#fff', borderWidth: 1 },
    label: { show: true, formatter: (p: { value: unknown }) => segmentLabel(part.name, p.value), color: part.ink, fontSize: 11, lineHeight: 14 },
  }));
  rests.forEach((rest, row) => {
    if (rest === null) return;
    series.push({
      type: 'bar',
      name: t('chart.composition.unknownPart'),
      stack: 'people',
      data: rowData(row as 0 | 1, rest),
      itemStyle: { color: '#fff', borderColor: PALETTE.grey, borderWidth: 1 },
      label: { show: true, formatter: () => segmentLabel(t('chart.composition.unknownPart'), rest), color: PALETTE.text, fontSize: 11, lineHeight: 14 },
    });
  });

  return drawnChart({ title, table, unit, notes: [] }, description, 250, {
    ...baseOption(),
    // A plain legend wraps onto a second line on a phone (a scrolling one hid half its entries behind arrows): room for two lines.
    legend: { type: 'plain', bottom: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: PALETTE.text } },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        return item ? `${escapeHtml(String(item.seriesName))}<br/>${escapeHtml(label(Number(item.value)))} ${escapeHtml(t('unit.people'))}` : '';
      },
    },
    xAxis: { type: 'value', show: false, max: whole ?? undefined, ...valueAxisStyle },
    yAxis: { type: 'category', inverse: true, data: [t('chart.composition.mode'), t('chart.composition.target')], ...categoryAxisStyle },
    series,
  });
}
