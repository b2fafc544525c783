import type { ComposeOption } from 'echarts/core';
import type { TitleComponentOption } from 'echarts/components';
import type { ChartOption, ChartSpec } from '../chartOption';
import { FONT_FAMILY, PALETTE } from '../chartOption';

/** An exported chart's option: the on-screen option plus title components, which only exports register. */
export type ExportOption = ComposeOption<TitleComponentOption> & ChartOption;

/** What an exported image must say besides the chart itself, in the page's language. */
export interface ExportLabels {
  /** e.g. "2016–2020 · 单位：人". */
  subtitle: string;
  /** Source lines, the synthetic-data warning where it applies, and who made the image when. */
  footer: string[];
}

export const EXPORT_WIDTH = 900;
const HEADER = 64;
const FOOTER_LINE = 16;
const FOOTER_WIDTH = EXPORT_WIDTH - 24;

function shifted(value: unknown, by: number): number {
  return (typeof value === 'number' ? value : 0) + by;
}

/** About how many lines a footer line takes at 11 px across the image: a CJK character is about 11 px, others 6.5. */
function linesOf(text: string): number {
  const width = Array.from(text).reduce((sum, character) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 11 : 6.5), 0);
  return Math.max(1, Math.ceil(width / FOOTER_WIDTH));
}

interface Positioned {
  type?: string;
  top?: unknown;
  bottom?: unknown;
}

/**
 * The chart as an exported image lays it out: the title and subtitle above the plot; the chart's notes (the map's
 * schematic disclaimer among them), the source and the synthetic-data warning below, no animation, white
 * background. Everything placed from the top or the bottom (the plot, the legend, the map and its scale) moves to
 * make room, so no legend is drawn over the source.
 */
export function exportOption(spec: ChartSpec & { option: ChartOption }, labels: ExportLabels): { option: ExportOption; width: number; height: number } {
  const footer = [...spec.notes, ...labels.footer];
  const footerHeight = 16 + footer.reduce((sum, line) => sum + linesOf(line), 0) * FOOTER_LINE;
  const grid = spec.option.grid as Record<string, unknown> | undefined;
  const legend = spec.option.legend as Record<string, unknown> | undefined;
  const visualMap = spec.option.visualMap as Positioned | undefined;
  const series = (Array.isArray(spec.option.series) ? spec.option.series : [spec.option.series]) as Positioned[];
  const option: ExportOption = {
    ...spec.option,
    animation: false,
    backgroundColor: '#ffffff',
    aria: { enabled: false },
    grid: { ...grid, top: shifted(grid?.['top'], HEADER), bottom: shifted(grid?.['bottom'], footerHeight) },
    ...(legend
      ? { legend: { ...legend, ...('top' in legend ? { top: shifted(legend['top'], HEADER - 8) } : { bottom: shifted(legend['bottom'], footerHeight) }) } }
      : {}),
    ...(visualMap ? { visualMap: { ...visualMap, bottom: shifted(visualMap.bottom, footerHeight) } as ChartOption['visualMap'] } : {}),
    ...(series.some((item) => item.type === 'map')
      ? {
          series: series.map((item) =>
            item.type === 'map' ? { ...item, top: shifted(item.top, HEADER), bottom: shifted(item.bottom, footerHeight) } : item,
          ) as ChartOption['series'],
        }
      : {}),
    title: [
      {
        text: spec.title,
        subtext: labels.subtitle,
        left: 12,
        top: 8,
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 17, fontWeight: 'bold', color: PALETTE.text },
        subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: PALETTE.axis },
      },
      {
        text: footer.join('\n'),
        left: 12,
        bottom: 8,
        textStyle: {
          fontFamily: FONT_FAMILY,
          fontSize: 11,
          fontWeight: 'normal',
          color: PALETTE.axis,
          lineHeight: FOOTER_LINE,
          width: FOOTER_WIDTH,
          overflow: 'break',
        },
      },
    ],
  };
  return { option, width: EXPORT_WIDTH, height: spec.height + HEADER + footerHeight };
}
