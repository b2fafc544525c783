import type { FigureSummary, ShareBasis } from '../../data/aggregate/summarise';
import { formatNumber, formatShare, sharePercent } from '../../i18n/format';
import type { Translate } from '../../i18n/translate';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { baseOption, categoryAxisStyle, escapeHtml, valueAxisStyle } from '../commonOptions';
import { drawnChart, emptyChart } from '../chartSpec';

interface Part {
  name: string;
  /** The people of this part among the row's whole. */
  people: number;
  share: number;
  color: string;
  /** Label colour with at least 4.5:1 contrast on `color`. */
  ink: string;
  row: 0 | 1;
}

interface Row {
  name: string;
  share: number | null;
  basis: ShareBasis;
  part: { name: string; color: string; ink: string };
  rest: { name: string; color: string; ink: string };
}

// Narrow segments would overflow their labels on a phone: below these shares of the bar, the name and then
// the figure are left to the legend, the tooltip and the table. A segment without its name stacks the figure over
// its share, half as wide as the two on one line ("12,126 (20.5%)" ran over its neighbours at 375 px).
const MIN_SHARE_FOR_FIGURE = 0.18;
const MIN_SHARE_FOR_NAME = 0.3;

function rowsOf(summary: FigureSummary, t: Translate): Row[] {
  const registered = summary.registered_poor_share;
  const rest = registered === null ? null : summary.registered_poor_basis.whole - Math.round(registered * summary.registered_poor_basis.whole);
  // Everyone relocated is registered poor or relocated alongside; the rest is called so only where the data says as much.
  const restIsSynchronous = rest !== null && summary.synchronous_people.value === rest;
  return [
    {
      name: t('chart.composition.mode'),
      share: summary.whole_village_share,
      basis: summary.whole_village_basis,
      part: { name: t('chart.composition.wholeVillage'), color: PALETTE.blue, ink: '#ffffff' },
      rest: { name: t('chart.composition.scattered'), color: PALETTE.orange, ink: PALETTE.text },
    },
    {
      name: t('chart.composition.target'),
      share: registered,
      basis: summary.registered_poor_basis,
      part: { name: t('chart.composition.registeredPoor'), color: PALETTE.rust, ink: '#ffffff' },
      rest: { name: t(restIsSynchronous ? 'chart.composition.synchronous' : 'chart.composition.rest'), color: PALETTE.sky, ink: PALETTE.text },
    },
  ];
}

/**
 * Two bars of relocated people: by how they moved (whole village vs scattered) and by who they are (registered
 * poor vs the rest). Each bar is drawn over its share's basis, the people whose records state it, so the chart
 * shows the share the card, the table and the exports give; the people left out are said under the chart.
 */
export function buildCompositionChart(summary: FigureSummary, { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.relocation-composition.title');
  const rows = rowsOf(summary, t);
  const parts: Part[] = rows.flatMap((row, index) => {
    if (row.share === null) return [];
    const people = Math.round(row.share * row.basis.whole);
    return [
      { ...row.part, people, share: row.share, row: index as 0 | 1 },
      { ...row.rest, people: row.basis.whole - people, share: 1 - row.share, row: index as 0 | 1 },
    ];
  });
  const unit = t('unit.people');
  const table = {
    columns: [t('chart.measureLabel'), t('table.people'), t('table.sharePercent'), t('chart.composition.basis')],
    rows: parts.map((part) => [part.name, part.people, sharePercent(part.share), rows[part.row]!.basis.whole]),
  };
  const notes = rows
    .filter((row) => row.share !== null && row.basis.unstatedPeople > 0)
    .map(
      (row) => `${row.name}：${t('kpi.shareBasis', { whole: formatNumber(row.basis.whole, lang), unstated: formatNumber(row.basis.unstatedPeople, lang) })}`,
    );
  if (parts.length === 0) return emptyChart({ title, table, unit, notes }, t, 160);

  const label = (part: Part) => t('chart.valueWithShare', { value: formatNumber(part.people, lang), share: formatShare(part.share, lang) });
  const segmentLabel = (part: Part) => {
    if (part.share < MIN_SHARE_FOR_FIGURE) return '';
    return part.share < MIN_SHARE_FOR_NAME ? `${formatNumber(part.people, lang)}\n${formatShare(part.share, lang)}` : `${part.name}\n${label(part)}`;
  };
  const description = t('chart.relocation-composition.description', {
    parts: parts.map((part) => `${part.name} ${label(part)}`).join(lang === 'zh' ? '；' : '; '),
  });

  return drawnChart({ title, table, unit, notes }, description, 250, {
    ...baseOption(),
    // A plain legend wraps onto a second line on a phone (a scrolling one hid half its entries behind arrows): room for two lines.
    legend: { type: 'plain', bottom: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { color: PALETTE.text } },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const item = Array.isArray(p) ? p[0] : p;
        const part = parts.find((candidate) => candidate.name === item?.seriesName && candidate.row === item?.dataIndex);
        if (!item || !part) return '';
        return `${escapeHtml(part.name)}<br/>${escapeHtml(label(part))} ${escapeHtml(unit)}<br/>${escapeHtml(t('chart.composition.ofBasis', { whole: formatNumber(rows[part.row]!.basis.whole, lang) }))}`;
      },
    },
    xAxis: { type: 'value', show: false, max: 1, ...valueAxisStyle },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.name), ...categoryAxisStyle },
    series: parts.map((part) => ({
      type: 'bar' as const,
      name: part.name,
      stack: 'share',
      data: part.row === 0 ? [part.share, null] : [null, part.share],
      itemStyle: { color: part.color, borderColor: '#fff', borderWidth: 1 },
      label: { show: true, formatter: () => segmentLabel(part), color: part.ink, fontSize: 11, lineHeight: 14 },
    })),
  });
}
