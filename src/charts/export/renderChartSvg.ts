import { init, use } from 'echarts/core';
import { TitleComponent } from 'echarts/components';
import '../registerCharts';
import type { ExportOption } from './exportOption';

// Titles are drawn only in exports, so they are registered only here, where the export module is loaded.
use([TitleComponent]);

// Characters XML 1.0 does not allow at all, not even as character references: the C0 controls other than tab,
// LF and CR, U+FFFE and U+FFFF, and a surrogate without its pair (the `u` flag matches only unpaired ones).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/**
 * Removes the characters an XML parser refuses. ECharts escapes `<`, `&` and quotes in the text it writes, but
 * passes control characters through; one in an uploaded name (a stray \u0001 or \u0008 from a spreadsheet) made
 * the whole SVG unreadable, and with it the PNG drawn from it. The live chart draws them as nothing, so the export
 * leaves them out too.
 */
export function withoutNonXmlCharacters(svg: string): string {
  return svg.replace(NOT_XML, '');
}

/**
 * Renders an option to an SVG document with ECharts' server-side renderer: no DOM, text kept as text, the
 * same drawing the page shows. Works in the browser and in Node alike.
 */
export function renderChartSvg(option: ExportOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return withoutNonXmlCharacters(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
