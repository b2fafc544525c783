import { init, use } from 'echarts/core';
import { TitleComponent } from 'echarts/components';
import '../registerCharts';
import type { ExportOption } from './exportOption';

// Titles are drawn only in exports, so they are registered only here, where the export module is loaded.
use([TitleComponent]);

/**
 * Renders an option to an SVG document with ECharts' server-side renderer: no DOM, text kept as text, the
 * same drawing the page shows. Works in the browser and in Node alike.
 */
export function renderChartSvg(option: ExportOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
