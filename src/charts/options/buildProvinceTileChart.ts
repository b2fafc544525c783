import { formatLarge, formatNumber } from '../../i18n/format';
import { FONT_FAMILY, PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { escapeHtml } from '../commonOptions';
import { PROVINCE_TILES, TILE_COLS, TILE_ROWS } from '../map/provinceTiles';
import type { CountyMapMeasure, CountyMapValue } from './buildCountyMapChart';
import { NO_DATA, NO_DATA_HATCH, SEQUENTIAL } from './buildCountyMapChart';

// Below the legend's range: a square with no figure is grey, never the palest blue of the smallest figure.
const NO_FIGURE = -1;

/**
 * The provinces as a tile grid (see PROVINCE_TILES), each square coloured by the measure, with its short name and
 * figure on it; a province with no figure is grey and says so. Its caption says the map is schematic.
 */
export function buildProvinceTileChart(values: readonly CountyMapValue[], measure: CountyMapMeasure, { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.province-tiles.title', { measure: measure.label });
  const byCode = new Map(values.map((entry) => [entry.code, entry]));
  const show = (value: number) => `${formatNumber(value, lang, measure.digits)}${measure.unit ? ` ${measure.unit}` : ''}`;
  const known = values.filter((entry): entry is CountyMapValue & { value: number } => entry.value !== null);
  const largest = known.reduce<(typeof known)[number] | null>((best, entry) => (best === null || entry.value > best.value ? entry : best), null);
  const max = largest?.value ?? 0;
  const table = {
    columns: [t('table.province'), t('table.areaCode'), measure.unit ? `${measure.label} (${measure.unit})` : measure.label],
    rows: PROVINCE_TILES.map((tile) => [byCode.get(tile.code)?.county ?? tile.short.zh, tile.code, byCode.get(tile.code)?.value ?? null]),
  };
  const description = largest
    ? t('chart.province-tiles.description', { measure: measure.label, count: known.length, province: largest.county, largest: show(largest.value) })
    : t('chart.province-tiles.descriptionEmpty', { measure: measure.label });
  const figureOf = (code: string) => byCode.get(code)?.value ?? null;
  const square = (tile: (typeof PROVINCE_TILES)[number]) => {
    const value = figureOf(tile.code);
    // White on the darker half of the scale, ink on the lighter, so every name reads on its square.
    const light = value !== null && max > 0 && value > max / 2;
    return { name: tile.code, value: [tile.col, tile.row, value ?? NO_FIGURE], label: { color: light ? '#ffffff' : PALETTE.text } };
  };
  const tiles = {
    type: 'heatmap' as const,
    itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
    emphasis: { itemStyle: { borderColor: PALETTE.text, borderWidth: 2 } },
    label: {
      show: true,
      fontSize: 11,
      formatter: (params: { name: string }) => {
        const tile = PROVINCE_TILES.find((candidate) => candidate.code === params.name);
        const value = figureOf(params.name);
        // 188万 fits a phone's square where 1,880,000 does not; the tooltip and the table give the figure in full.
        const figure = value === null ? '—' : lang === 'zh' && measure.digits === 0 ? formatLarge(value, lang) : formatNumber(value, lang, measure.digits);
        return `${tile?.short[lang] ?? ''}\n${figure}`;
      },
    },
  };
  const axis = (count: number) => ({ type: 'category' as const, data: Array.from({ length: count }, (_, i) => String(i)), show: false });
  return {
    title,
    table,
    unit: measure.unit,
    notes: [t('chart.province-tiles.schematic')],
    description,
    height: 460,
    option: {
      textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
      grid: { top: 8, bottom: 56, left: 8, right: 8 },
      xAxis: axis(TILE_COLS),
      yAxis: { ...axis(TILE_ROWS), inverse: true },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const entry = byCode.get(String(item?.name ?? ''));
          const tile = PROVINCE_TILES.find((candidate) => candidate.code === item?.name);
          const value = entry?.value === null || entry === undefined ? t('chart.county-map.noData') : show(entry.value);
          return `${escapeHtml(entry?.county ?? tile?.short.zh ?? '')}<br/>${escapeHtml(measure.label)}: ${escapeHtml(value)}`;
        },
      },
      visualMap: {
        type: 'continuous',
        orient: 'horizontal',
        min: 0,
        max: max === 0 ? 1 : max,
        left: 'center',
        bottom: 4,
        calculable: false,
        inRange: { color: SEQUENTIAL },
        // The squares with no figure are a series of their own, grey and hatched, outside the scale.
        seriesIndex: 0,
        text: [show(max), show(0)],
        textStyle: { color: PALETTE.text },
        itemWidth: 12,
        itemHeight: 160,
      },
      series: [
        { ...tiles, data: PROVINCE_TILES.filter((tile) => figureOf(tile.code) !== null).map(square) },
        {
          ...tiles,
          itemStyle: { ...tiles.itemStyle, color: NO_DATA, decal: NO_DATA_HATCH },
          data: PROVINCE_TILES.filter((tile) => figureOf(tile.code) === null).map(square),
        },
      ],
    },
  };
}
