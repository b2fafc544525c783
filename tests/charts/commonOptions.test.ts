import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from 'echarts/charts';
import {
  MAX_CATEGORY_LABEL,
  NARROW_CHART_WIDTH,
  VALUE_AXIS_SPLITS,
  clipLabel,
  escapeHtml,
  heightForBars,
  horizontalBarsOption,
  type HorizontalBarsInput,
} from '../../src/charts/commonOptions';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
  });

  it('leaves plain Chinese text as it is', () => {
    expect(escapeHtml('代县滨河移民新区')).toBe('代县滨河移民新区');
  });
});

describe('heightForBars', () => {
  it('gives each bar room, above a floor', () => {
    expect(heightForBars(0)).toBe(180);
    expect(heightForBars(10)).toBe(410);
  });

  it('gives each of a province’s counties at least 20 px, so no figure is drawn over another', () => {
    expect(heightForBars(117)).toBe(70 + 117 * 20);
    expect((heightForBars(200) - 70) / 200).toBeGreaterThanOrEqual(20);
  });
});

describe('horizontalBarsOption', () => {
  const input: HorizontalBarsInput = {
    description: 'd',
    lang: 'zh',
    categories: ['<b>甲</b>', '乙'],
    values: [12000, 5],
    colors: '#0072b2',
    seriesName: 's',
    tooltipLines: (index) => [['<img src=x onerror=alert(1)>', '乙'][index] ?? '', String(index)],
  };
  const seriesOf = (option: ReturnType<typeof horizontalBarsOption>) => (option.series as BarSeriesOption[])[0];

  it('escapes every tooltip line, so names from files never become markup', () => {
    const tooltip = horizontalBarsOption(input).tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe('&lt;img src=x onerror=alert(1)&gt;<br/>0');
  });

  it('colours the series once when given one colour, and each bar when given one per bar', () => {
    expect(seriesOf(horizontalBarsOption(input))?.data).toEqual([12000, 5]);
    expect(seriesOf(horizontalBarsOption(input))?.itemStyle).toEqual({ color: '#0072b2' });
    expect(seriesOf(horizontalBarsOption({ ...input, colors: ['#111111', '#222222'] }))?.data).toEqual([
      { value: 12000, itemStyle: { color: '#111111' } },
      { value: 5, itemStyle: { color: '#222222' } },
    ]);
  });

  it('lists categories top to bottom and writes an axis of large values in 万', () => {
    const option = horizontalBarsOption(input);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['<b>甲</b>', '乙'] });
    const axis = horizontalBarsOption({ ...input, values: [120_000, 5] }).xAxis as { axisLabel: { formatter: (v: number) => string } };
    expect(axis.axisLabel.formatter(150_000)).toBe('15万');
  });

  it('gives a narrow chart (a phone’s card) the same axis on two round intervals, so its figures never run together', () => {
    const option = horizontalBarsOption({ ...input, values: [3907, 2231] }) as {
      media?: { query: { maxWidth: number }; option: { xAxis: { min: number; max: number; interval: number } } }[];
    };
    const [narrow] = option.media ?? [];
    expect(narrow?.query.maxWidth).toBe(NARROW_CHART_WIDTH);
    const axis = narrow?.option.xAxis;
    expect(((axis?.max ?? 0) - (axis?.min ?? 0)) / (axis?.interval ?? 1)).toBeLessThanOrEqual(2);
    expect(axis?.max).toBeGreaterThanOrEqual(3907);
  });

  it('fixes the value axis on at most VALUE_AXIS_SPLITS round intervals from zero past the largest bar, every tick drawn', () => {
    const axis = horizontalBarsOption(input).xAxis as { min: number; max: number; interval: number; axisLabel: { hideOverlap?: boolean } };
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(12000);
    expect((axis.max - axis.min) / axis.interval).toBeLessThanOrEqual(VALUE_AXIS_SPLITS);
    expect(axis.axisLabel.hideOverlap).not.toBe(true);
  });
});

describe('clipLabel', () => {
  it('leaves a name of up to MAX_CATEGORY_LABEL characters as it is, rich-text markup and all', () => {
    for (const name of ['代县', '{a|x}', '{b|}', '<script>x</script>', '长'.repeat(MAX_CATEGORY_LABEL)]) expect(clipLabel(name)).toBe(name);
  });

  it('cuts a longer name to MAX_CATEGORY_LABEL characters, the last an ellipsis', () => {
    const clipped = clipLabel('长'.repeat(5000));
    expect(Array.from(clipped)).toHaveLength(MAX_CATEGORY_LABEL);
    expect(clipped).toBe(`${'长'.repeat(MAX_CATEGORY_LABEL - 1)}…`);
  });

  it('counts characters, never splitting a pair of surrogates', () => {
    expect(clipLabel('😀'.repeat(10), 4)).toBe('😀😀😀…');
  });
});

describe('horizontalBarsOption and long names from files', () => {
  const long = `<b>${'长'.repeat(4990)}</b>`;
  const input: HorizontalBarsInput = {
    description: 'd',
    lang: 'zh',
    categories: [long, '乙'],
    values: [1, 2],
    colors: '#0072b2',
    seriesName: 's',
    tooltipLines: (index) => [[long, '乙'][index] ?? ''],
  };
  const labelOf = (option: ReturnType<typeof horizontalBarsOption>) =>
    (option.yAxis as { axisLabel: { formatter: (value: string) => string; overflow?: string; width?: number } }).axisLabel;

  it('cuts a 5,000-character category on the axis, so the plot keeps its room (with or without a label width)', () => {
    for (const option of [horizontalBarsOption(input), horizontalBarsOption({ ...input, categoryLabelWidth: 180 })]) {
      expect(Array.from(labelOf(option).formatter(long))).toHaveLength(MAX_CATEGORY_LABEL);
      expect(labelOf(option).formatter('乙')).toBe('乙');
    }
    expect(labelOf(horizontalBarsOption({ ...input, categoryLabelWidth: 180 }))).toMatchObject({ width: 180, overflow: 'break' });
  });

  it('still gives the name in full, escaped, in the tooltip', () => {
    const tooltip = horizontalBarsOption(input).tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe(escapeHtml(long));
  });

  it('defines no rich-text styles, so "{a|x}" in a name is drawn as those characters', () => {
    expect(JSON.stringify(horizontalBarsOption(input))).not.toContain('"rich"');
  });
});
