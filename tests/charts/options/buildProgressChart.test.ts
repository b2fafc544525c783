import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/data/progress/readProgress';
import { progressOfArea } from '../../../src/data/aggregate/progressOfArea';
import { asOfTime, buildProgressChart } from '../../../src/charts/options/buildProgressChart';
import { context, seriesOf, XSS } from '../factories';
import { progressFile } from '../../data/progress/progressLines';

function nationPeople(...lines: string[]) {
  return progressOfArea(readProgress(progressFile(...lines)).points, '100000', null).people;
}

const LINES = nationPeople(
  '100000,全国,2016,planned_people,约981万,甲报,,',
  '100000,全国,2017-12,construction_done_people,589万,乙报,,',
  '100000,全国,2018-12,construction_done_people,870万,乙报,,',
  `100000,全国,2020-03,moved_in_people,947万,${XSS.replace(/,/g, '')},,`,
);

type TooltipFormatter = (params: { data: unknown[] }) => string;

describe('buildProgressChart', () => {
  it('draws a marker at each stated point and nowhere else, a series per measure, on a time axis', () => {
    const spec = buildProgressChart(LINES, 'people', context('zh'));
    const series = seriesOf(spec);
    expect(series.map((line) => line.name)).toEqual(['计划搬迁人数', '已完成搬迁建设人数', '已搬迁入住人数']);
    expect(series.map((line) => line.data.length)).toEqual([1, 2, 1]);
    const construction = series[1]!.data as number[][];
    expect(construction.map(([time, value]) => [time, value])).toEqual([
      [Date.UTC(2017, 11, 31), 5_890_000],
      [Date.UTC(2018, 11, 31), 8_700_000],
    ]);
    expect((spec.option?.xAxis as { type: string }).type).toBe('time');
  });

  it('puts a month at its end and a bare year at its middle', () => {
    expect(new Date(asOfTime({ year: 2019, month: 12, label: '2019-12' })).toISOString().slice(0, 10)).toBe('2019-12-31');
    expect(new Date(asOfTime({ year: 2020, month: 2, label: '2020-02' })).toISOString().slice(0, 10)).toBe('2020-02-29');
    expect(new Date(asOfTime({ year: 2016, month: null, label: '2016' })).toISOString().slice(0, 10)).toBe('2016-07-01');
  });

  it('tabulates every point with its date, measure, figure, wording and source, in date order', () => {
    const spec = buildProgressChart(LINES, 'people', context('en'));
    expect(spec.table.columns).toEqual(['As of', 'Measure', 'Figure', 'As written', 'Source']);
    expect(spec.table.rows.map((row) => [row[0], row[2], row[3], row[4]])).toEqual([
      ['2016', 9_810_000, '约981万', '甲报'],
      ['2017-12', 5_890_000, '589万', '乙报'],
      ['2018-12', 8_700_000, '870万', '乙报'],
      ['2020-03', 9_470_000, '947万', XSS.replace(/,/g, '')],
    ]);
  });

  it('names each point’s source in its tooltip, escaped, and says when the figure was approximate', () => {
    const spec = buildProgressChart(LINES, 'people', context('zh'));
    const formatter = (spec.option?.tooltip as { formatter: TooltipFormatter }).formatter;
    const series = seriesOf(spec);
    const planned = formatter({ data: series[0]!.data[0] as unknown[] });
    expect(planned).toContain('2016年');
    expect(planned).toContain('9,810,000 人');
    expect(planned).toContain('约981万');
    expect(planned).toContain('甲报');
    const movedIn = formatter({ data: series[2]!.data[0] as unknown[] });
    expect(movedIn).not.toContain('<img');
    expect(movedIn).toContain('&lt;img');
    expect(movedIn).not.toContain('原文');
  });

  it('says only the markers are figures, and where two sources disagree on one date', () => {
    expect(buildProgressChart(LINES, 'people', context('zh')).notes).toHaveLength(1);
    const disagreeing = nationPeople('100000,全国,2019,planned_people,188万,甲报,,', '100000,全国,2019,planned_people,192万,乙报,,');
    const spec = buildProgressChart(disagreeing, 'people', context('en'));
    expect(spec.notes).toHaveLength(2);
    expect(spec.notes[1]).toContain('1 date');
    expect(seriesOf(spec)[0]!.data).toHaveLength(2);
  });

  it('draws nothing, keeping its table’s columns, when there is no point', () => {
    const spec = buildProgressChart([], 'yuan', context('zh'));
    expect(spec.option).toBeNull();
    expect(spec.table.columns).toHaveLength(5);
  });
});
