import { describe, expect, it } from 'vitest';
import { buildCountyMapChart, type CountyMapValue } from '../../../src/charts/options/buildCountyMapChart';
import { translator } from '../../../src/i18n/translate';

const context = { lang: 'zh' as const, t: translator('zh') };
const MAP = { name: 'counties-140000', counties: { '140923': '代县', '140921': '定襄县', '140922': '五台县' } };
const MEASURE = { label: '搬迁人口', unit: '人', digits: 0 };

function seriesData(values: readonly CountyMapValue[]) {
  const option = buildCountyMapChart(values, MEASURE, MAP, context).option!;
  const [series] = option.series as { data: { name: string; value: number; itemStyle?: { decal?: unknown } }[]; nameProperty: string; map: string }[];
  return series!;
}

describe('buildCountyMapChart', () => {
  it('colours each county with a figure by its code, on the province’s registered map', () => {
    const series = seriesData([
      { code: '140923', county: '代县', value: 3676 },
      { code: '140921', county: '定襄县', value: 1200 },
    ]);
    expect(series.map).toBe('counties-140000');
    expect(series.nameProperty).toBe('county_code');
    expect(series.data.filter((item) => Number.isFinite(item.value))).toEqual([
      { name: '140923', value: 3676 },
      { name: '140921', value: 1200 },
    ]);
  });

  it('draws a county without a figure as “no data”, grey and hatched, never as zero; its CSV cell is blank', () => {
    const values = [
      { code: '140923', county: '代县', value: 3676 },
      { code: '140922', county: '五台县', value: null },
    ];
    const { data } = seriesData(values);
    // 140921 is on the map but not in the data at all: no data as well.
    expect(data.map((item) => [item.name, Number.isNaN(item.value), item.itemStyle?.decal !== undefined])).toEqual([
      ['140923', false, false],
      ['140921', true, true],
      ['140922', true, true],
    ]);
    const spec = buildCountyMapChart(values, MEASURE, MAP, context);
    expect(spec.table.rows).toContainEqual(['五台县', '140922', null]);
  });

  it('always carries the caption that the boundaries are schematic', () => {
    const spec = buildCountyMapChart([], MEASURE, MAP, context);
    expect(spec.notes.join(' ')).toContain('示意图，不作为权属界线依据');
    expect(spec.description).toContain('没有县');
  });

  it('names the counties it cannot draw, because the map has no boundaries for their province', () => {
    const spec = buildCountyMapChart(
      [
        { code: '150102', county: '新城区', value: 10 },
        { code: '140923', county: '代县', value: 5 },
      ],
      MEASURE,
      MAP,
      context,
    );
    expect(spec.notes.some((note) => note.includes('新城区'))).toBe(true);
    expect(seriesData([{ code: '150102', county: '新城区', value: 10 }]).data.filter((item) => Number.isFinite(item.value))).toEqual([]);
  });

  it('escapes names in its tooltip, which ECharts renders as HTML', () => {
    const map = { ...MAP, counties: { ...MAP.counties, '140923': '<img src=x onerror=alert(1)>' } };
    const option = buildCountyMapChart([{ code: '140923', county: 'x', value: 1 }], MEASURE, map, context).option!;
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    const html = formatter({ name: '140923', value: 1 });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
    expect(formatter({ name: '140921', value: Number.NaN })).toContain('未说明');
  });
});
