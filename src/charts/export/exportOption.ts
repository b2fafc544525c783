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

function shifted(value: unknown, by: number): number {
  return (typeof value === 'number' ? value : 0) + by;
}

/**
 * The chart as an exported image lays it out: the title and subtitle above the plot, the source and the
 * synthetic-data warning below, no animation, white background. Plot positions move down to make room.
 */
export function exportOption(spec: ChartSpec & { option: ChartOption }, labels: ExportLabels): { option: ExportOption; width: number; height: number } {
  const footerHeight = 16 + labels.footer.length * FOOTER_LINE;
  const grid = spec.option.grid as Record<string, unknown> | undefined;
  const legend = spec.option.legend as Record<string, unknown> | undefined;
  const option: ExportOption = {
    ...spec.option,
    animation: false,
    backgroundColor: '#ffffff',
    aria: { enabled: false },
    grid: { ...grid, top: shifted(grid?.['top'], HEADER), bottom: shifted(grid?.['bottom'], footerHeight) },
    ...(legend
      ? { legend: { ...legend, ...('top' in legend ? { top: shifted(legend['top'], HEADER - 8) } : { bottom: shifted(legend['bottom'], footerHeight) }) } }
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
        text: labels.footer.join('\n'),
        left: 12,
        bottom: 8,
        textStyle: { fontFamily: FONT_FAMILY, fontSize: 11, fontWeight: 'normal', color: PALETTE.axis, lineHeight: FOOTER_LINE },
      },
    ],
  };
  return { option, width: EXPORT_WIDTH, height: spec.height + HEADER + footerHeight };
}
