import { describe, expect, it } from 'vitest';
import { EXPORT_WIDTH, exportOption } from '../../../src/charts/export/exportOption';
import { renderChartSvg } from '../../../src/charts/export/renderChartSvg';
import { buildCompositionChart } from '../../../src/charts/options/buildCompositionChart';
import { buildPeopleByCountyChart } from '../../../src/charts/options/buildPeopleByCountyChart';
import { buildCountyMapChart } from '../../../src/charts/options/buildCountyMapChart';
import type { ChartOption, ChartSpec } from '../../../src/charts/chartOption';
import { summariseByCounty, summarise } from '../../../src/data/aggregate/summarise';
import { translator } from '../../../src/i18n/translate';
import { importAs } from '../../support/importAs';

const zh = { lang: 'zh' as const, t: translator('zh') };
const csv = 'county_code,county,period,people,whole_village_people,scattered_people\n140923,代县,2016-2020,3676,2286,1390\n140922,五台县,2016-2020,500,,\n';
const records = importAs('relocation', 'r.csv', new TextEncoder().encode(csv)).records;
const data = { relocation: records, sites: [], jobs: [], income: [], population: [] };
const labels = { subtitle: '2016-2020 · 单位：人', footer: ['来源：新华网', '虚构示例数据'] };

function drawn(spec: ChartSpec): ChartSpec & { option: ChartOption } {
  if (!spec.option) throw new Error('expected a drawn chart');
  return { ...spec, option: spec.option };
}

describe('exportOption', () => {
  const spec = drawn(buildPeopleByCountyChart(summariseByCounty(data), zh));
  const layout = exportOption(spec, labels);

  it('adds the title with its subtitle above, and the footer lines below', () => {
    expect(layout.option.title).toMatchObject([{ text: spec.title, subtext: labels.subtitle }, { text: '来源：新华网\n虚构示例数据' }]);
  });

  it('moves the plot down and up to make room, and makes the image taller by as much', () => {
    const grid = spec.option.grid as { top: number; bottom: number };
    const moved = layout.option.grid as { top: number; bottom: number };
    expect(moved.top - grid.top + (moved.bottom - grid.bottom)).toBe(layout.height - spec.height);
    expect(layout.width).toBe(EXPORT_WIDTH);
  });

  it('draws without animation on white, and leaves the on-screen option as it was', () => {
    expect(layout.option.animation).toBe(false);
    expect(layout.option.backgroundColor).toBe('#ffffff');
    expect(spec.option.title).toBeUndefined();
  });

  it('moves a bottom legend above the footer', () => {
    const composition = drawn(buildCompositionChart(summarise(data), zh));
    const legend = exportOption(composition, labels).option.legend as { bottom: number };
    expect(legend.bottom).toBeGreaterThan((composition.option.legend as { bottom: number }).bottom);
  });
});

describe('renderChartSvg', () => {
  it('renders the export as SVG text holding the title, subtitle, footer and the figures', () => {
    const spec = drawn(buildPeopleByCountyChart(summariseByCounty(data), zh));
    const { option, width, height } = exportOption(spec, labels);
    const svg = renderChartSvg(option, width, height);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    for (const text of [spec.title, '单位：人', '来源：新华网', '虚构示例数据', '3,676', '代县']) expect(svg).toContain(text);
  });
});

describe('exportOption for the county map', () => {
  const map = { name: 'test-map', counties: { '140923': '代县', '140924': '繁峙县' } };
  const spec = drawn(buildCountyMapChart([{ code: '140923', county: '代县', value: 3676 }], { label: '搬迁人口', unit: '人', digits: 0 }, map, zh));
  const layout = exportOption(spec, labels);

  it('prints the schematic disclaimer with the source under the map', () => {
    const [, footer] = layout.option.title as { text: string }[];
    expect(footer?.text.split('\n')).toEqual([zh.t('chart.county-map.schematic'), ...labels.footer]);
  });

  it('lifts the legend and the map above the footer by its whole height, so the legend is never drawn over the source', () => {
    const onScreen = { legend: (spec.option.visualMap as { bottom: number }).bottom, map: (spec.option.series as { bottom: number }[])[0]?.bottom ?? 0 };
    const exported = { legend: (layout.option.visualMap as { bottom: number }).bottom, map: (layout.option.series as { bottom: number }[])[0]?.bottom ?? 0 };
    const lift = exported.legend - onScreen.legend;
    expect(lift).toBeGreaterThanOrEqual(16 + 3 * 16);
    expect(exported.map - onScreen.map).toBe(lift);
  });
});
