// Helpers for chart tests: a context per language, and readers for the option's wide union types.
import type { ChartContext, ChartOption, ChartSpec } from '../../src/charts/chartOption';
import { translator, type Lang } from '../../src/i18n/translate';

export const XSS = '<img src=x onerror=alert(1)>';

export function context(lang: Lang): ChartContext {
  return { lang, t: translator(lang) };
}

/** A bar or line series as the tests read it: ECharts' option fields are wide unions. */
export interface SeriesView {
  type: string;
  name: string;
  stack?: string;
  data: unknown[];
  label: { formatter: (param: { value: unknown }) => string };
}

export function seriesOf(spec: ChartSpec): SeriesView[] {
  const option = spec.option;
  if (option === null) throw new Error(`chart "${spec.title}" has no option`);
  return option.series as unknown as SeriesView[];
}

export function onlySeries(spec: ChartSpec): SeriesView {
  const [series, ...rest] = seriesOf(spec);
  if (series === undefined || rest.length > 0) throw new Error(`expected one series, got ${rest.length + (series ? 1 : 0)}`);
  return series;
}

interface AxisView {
  type: string;
  data?: unknown[];
  name?: string;
  min?: number;
  max?: number;
  interval?: number;
  boundaryGap?: boolean;
  axisLabel?: { formatter?: (value: number) => string };
}

function axis(spec: ChartSpec, which: 'xAxis' | 'yAxis'): AxisView {
  const option: ChartOption | null = spec.option;
  if (option === null) throw new Error(`chart "${spec.title}" has no option`);
  return option[which] as AxisView;
}

export const xAxisOf = (spec: ChartSpec) => axis(spec, 'xAxis');
export const yAxisOf = (spec: ChartSpec) => axis(spec, 'yAxis');

/** Calls the chart's tooltip formatter as ECharts would, with the given params. */
export function tooltipText(spec: ChartSpec, params: unknown): string {
  const tooltip = spec.option?.tooltip as { formatter?: unknown } | undefined;
  if (typeof tooltip?.formatter !== 'function') throw new Error('no tooltip formatter');
  return (tooltip.formatter as (p: unknown) => string)(params);
}
