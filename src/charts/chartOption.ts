import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { Lang, Translate } from '../i18n/translate';

/**
 * The ECharts option type built from only what `registerCharts` registers (and, for the county map, what
 * `map/loadCountyMap` and `map/registerTileMap` register when a map is drawn), so a builder cannot use anything else.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | AriaComponentOption
  | VisualMapComponentOption
>;

/** What every builder needs besides its data: the language and its translator. */
export interface ChartContext {
  lang: Lang;
  t: Translate;
}

/** The figures behind a chart, as rows under labelled columns: what its CSV export and its data table hold. */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** A chart ready to render: its option (null when there is nothing to draw), title, notes and a one-sentence description. */
export interface ChartSpec {
  title: string;
  /** Exactly the figures the chart draws (unrounded), for export. */
  table: ChartTable;
  /** The unit of the figures drawn, for exported images (人, 元/户/年…). */
  unit: string;
  option: ChartOption | null;
  /** Caveats shown under the chart (figures left out, fallbacks). */
  notes: string[];
  /** One sentence that says what the chart shows, for screen readers and the chart's accessible name. */
  description: string;
  /** Suggested height in CSS pixels, e.g. taller for more bars. */
  height: number;
  /** Set where the chart would draw one area's single bar: the figure is said in words instead. */
  statement?: ChartStatement;
}

/** One area's figure, said rather than drawn: a single bar compares with nothing. */
export interface ChartStatement {
  area: string;
  /** The figure as the page formats it, without its unit (the spec's unit). */
  value: string;
}

export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

/** Okabe–Ito colours, readable with the common colour-vision deficiencies. */
export const PALETTE = {
  blue: '#0072b2',
  orange: '#e69f00',
  green: '#009e73',
  sky: '#56b4e9',
  vermillion: '#d55e00',
  // A darker vermillion that white labels stand on at 4.5:1.
  rust: '#b24a00',
  purple: '#cc79a7',
  grey: '#9a9a9a',
  text: '#1f2933',
  axis: '#52606d',
  grid: '#e4e7eb',
} as const;
