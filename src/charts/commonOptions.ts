import { format } from 'echarts/core';
import type { ChartOption } from './chartOption';
import { FONT_FAMILY, PALETTE } from './chartOption';

/** Escapes text placed in an HTML tooltip: names come from uploaded files and must never become markup. */
export function escapeHtml(text: string): string {
  return format.encodeHTML(text);
}

/** Settings every chart shares: font, no animation flicker on filter changes, accessible description. */
export function baseOption(description: string): ChartOption {
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
    animationDuration: 300,
    aria: { enabled: true, label: { description } },
    tooltip: { confine: true, trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

/** Bar height for horizontal bar charts: enough room per category, within sensible limits. */
export function heightForBars(count: number): number {
  return Math.max(180, Math.min(900, 70 + count * 34));
}

export const valueAxisStyle = {
  axisLabel: { color: PALETTE.axis },
  splitLine: { lineStyle: { color: PALETTE.grid } },
  nameTextStyle: { color: PALETTE.axis },
};

export const categoryAxisStyle = {
  axisLabel: { color: PALETTE.text },
  axisTick: { show: false },
  axisLine: { lineStyle: { color: PALETTE.grid } },
};
