import { format } from 'echarts/core';
import type { ChartOption } from './chartOption';
import { FONT_FAMILY, PALETTE } from './chartOption';
import { formatNumber } from '../i18n/format';
import { sharedNumberFormat, valueScale } from './axisTicks';
import type { Lang } from '../i18n/translate';

/** Escapes text placed in an HTML tooltip: names come from uploaded files and must never become markup. */
export function escapeHtml(text: string): string {
  return format.encodeHTML(text);
}

/** The most characters a category label on an axis shows; the tooltip still gives the name in full. */
export const MAX_CATEGORY_LABEL = 40;

/**
 * A category name cut to `max` characters (whole code points) with an ellipsis. Names come from uploaded files:
 * a 5,000-character mechanism broken over 180 px made a label hundreds of lines tall, and with `containLabel`
 * the plot beside it shrank to nothing, so no bar was drawn and no tooltip could open.
 */
export function clipLabel(text: string, max = MAX_CATEGORY_LABEL): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/**
 * Settings every chart shares: font, no animation flicker on filter changes. The chart's accessible name (its title
 * and description) is the page's to give, on the chart's container (EChart.tsx): ECharts' aria label would write
 * over it with the description alone.
 */
export function baseOption(): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    animationDuration: 300,
    tooltip: { confine: true, trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

/** Bar height for horizontal bar charts: enough room per category. */
export function heightForBars(count: number): number {
  // Up to two dozen bars get room for a label inside; beyond, 20 px each keeps every name and figure legible
  // (a province's 117 counties squeezed into 900 px drew their figures over one another).
  return Math.max(180, 70 + count * (count > 24 ? 20 : 34));
}

/**
 * Horizontal value axes get at most four intervals, which a phone's narrow plot has room for (seven, as 0 300 …
 * 2,100, ran into one another at 375 px); vertical ones five.
 */
export const VALUE_AXIS_SPLITS = 4;
export const VERTICAL_AXIS_SPLITS = 5;

export const valueAxisStyle = {
  axisLabel: { color: PALETTE.axis },
  splitLine: { lineStyle: { color: PALETTE.grid } },
  nameTextStyle: { color: PALETTE.axis },
};

/**
 * A value axis on round, evenly spaced ticks fixed from the figures drawn (see valueScale), all written alike. Every
 * tick is drawn: ECharts' own choice of ticks, thinned where labels would touch, left gaps (0, 500, 1,500).
 */
export function valueAxis(values: readonly number[], lang: Lang, { intervals = VALUE_AXIS_SPLITS, headroom = 0 } = {}) {
  const scale = valueScale(values, intervals, headroom);
  return {
    type: 'value' as const,
    ...scaleSettings(scale, lang),
    splitLine: valueAxisStyle.splitLine,
  };
}

function scaleSettings(scale: ReturnType<typeof valueScale>, lang: Lang) {
  return {
    min: scale.min,
    max: scale.max,
    interval: scale.interval,
    axisLabel: { ...valueAxisStyle.axisLabel, formatter: sharedNumberFormat(scale.ticks, lang) },
  };
}

/** Below this width a chart's horizontal value axis has room for three figures only (a phone's card, long names beside). */
export const NARROW_CHART_WIDTH = 480;

/**
 * The same horizontal axis on two intervals where the chart is narrow (ECharts' media query, on the chart's own
 * width): beside long category names a phone leaves about 130 px, where five figures (0 1,000 … 4,000) ran together.
 */
export function narrowValueAxisMedia(values: readonly number[], lang: Lang) {
  return [{ query: { maxWidth: NARROW_CHART_WIDTH }, option: { xAxis: scaleSettings(valueScale(values, 2), lang) } }];
}

export const categoryAxisStyle = {
  axisLabel: { color: PALETTE.text },
  axisTick: { show: false },
  axisLine: { lineStyle: { color: PALETTE.grid } },
};

export interface HorizontalBarsInput {
  description: string;
  lang: Lang;
  /** Category labels, top to bottom. */
  categories: readonly string[];
  values: readonly number[];
  /** One colour for all bars, or one per bar. */
  colors: string | readonly string[];
  seriesName: string;
  /** Value-axis title, set under the axis. */
  axisName?: string;
  /** Wrap long category labels at this many pixels (mechanism names run long). */
  categoryLabelWidth?: number;
  /** The tooltip's lines for one bar, as plain text; they are escaped here. */
  tooltipLines: (index: number) => readonly string[];
}

/** The option for a ranked horizontal bar chart with value labels: the shape most charts on the page share. */
export function horizontalBarsOption(input: HorizontalBarsInput): ChartOption {
  const { lang, categories, values, colors } = input;
  return {
    ...baseOption(),
    grid: { left: 8, right: 64, top: 16, bottom: input.axisName ? 32 : 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const [item] = Array.isArray(params) ? params : [params];
        return item === undefined ? '' : input.tooltipLines(item.dataIndex).map(escapeHtml).join('<br/>');
      },
    },
    media: narrowValueAxisMedia(values, lang),
    xAxis: {
      ...valueAxis(values, lang),
      name: input.axisName,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: valueAxisStyle.nameTextStyle,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...categories],
      ...categoryAxisStyle,
      axisLabel: {
        ...categoryAxisStyle.axisLabel,
        formatter: (value: string) => clipLabel(value),
        ...(input.categoryLabelWidth ? { width: input.categoryLabelWidth, overflow: 'break' as const } : {}),
      },
    },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 28,
        // One colour styles the series; a colour per bar goes on each data item.
        ...(typeof colors === 'string'
          ? { itemStyle: { color: colors }, data: [...values] }
          : { data: values.map((value, index) => ({ value, itemStyle: { color: colors[index] } })) }),
        label: { show: true, position: 'right', formatter: (p) => formatNumber(Number(p.value), lang), color: PALETTE.text },
      },
    ],
  };
}
