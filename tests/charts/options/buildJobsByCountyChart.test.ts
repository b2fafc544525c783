import { describe, expect, it } from 'vitest';
import { buildJobsByCountyChart } from '../../../src/charts/options/buildJobsByCountyChart';
import { UNIT_TYPE_COLOURS } from '../../../src/charts/options/buildJobsByUnitTypeChart';
import { MAX_CATEGORY_LABEL } from '../../../src/charts/commonOptions';
import { XSS, context, seriesOf, tooltipText, xAxisOf, yAxisOf } from '../factories';
import { jobsRecord } from '../../support/figures';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

describe('buildJobsByCountyChart', () => {
  it('has no option when no county states the measure, but keeps the fallback note', () => {
    const spec = buildJobsByCountyChart([jobsRecord('A', 'enterprise')], 'relocated_workers', en);
    expect(spec.option).toBeNull();
    expect(spec.notes).toEqual([tEn('chart.jobs.fallbackNote', { measure: tEn('jobsMeasure.relocated_workers') })]);
    expect(spec.description).toBe(tEn('chart.empty'));
  });

  it('says one county’s total instead of drawing one stacked bar', () => {
    const spec = buildJobsByCountyChart([jobsRecord('代县', 'industrial_park', { jobs: 300 }), jobsRecord('代县', 'enterprise', { jobs: 200 })], 'jobs', zh);
    expect(spec.statement).toEqual({ area: '代县', value: '500' });
    expect(spec.table.rows).toEqual([['代县', 300, 200]]);
  });

  it('orders counties by their total, largest first, stacked by unit type; counties without the measure are left out', () => {
    const jobs = [
      jobsRecord('A', 'industrial_park', { jobs: 100 }),
      jobsRecord('A', 'township_workshop', { jobs: 50 }),
      jobsRecord('B', 'township_workshop', { jobs: 400 }),
      jobsRecord('B', 'township_workshop', { jobs: 1000 }),
      jobsRecord('C', 'family_workshop', { units: 20 }),
      jobsRecord('D', 'township_workshop', { jobs: 150 }),
    ];
    const spec = buildJobsByCountyChart(jobs, 'jobs', en);
    expect(yAxisOf(spec).data).toEqual(['B', 'A', 'D']);
    const series = seriesOf(spec);
    expect(series.map((s) => s.name)).toEqual(['Industrial park', 'Township workshop']);
    expect(series.map((s) => s.data)).toEqual([
      [null, 100, null],
      [1400, 50, 150],
    ]);
    expect(spec.notes).toEqual([]);
    expect(spec.description).toBe(tEn('chart.jobs-by-county.description', { measure: tEn('jobsMeasure.jobs'), count: 3, county: 'B', largest: '1,400' }));
  });

  it('colours each unit type as the unit-type chart does', () => {
    const spec = buildJobsByCountyChart(
      [jobsRecord('A', 'family_workshop', { units: 3 }), jobsRecord('A', 'enterprise', { units: 2 }), jobsRecord('B', 'enterprise', { units: 1 })],
      'units',
      zh,
    );
    const option = spec.option?.series as unknown as { itemStyle: { color: string } }[];
    expect(option.map((s) => s.itemStyle.color)).toEqual([UNIT_TYPE_COLOURS.enterprise, UNIT_TYPE_COLOURS.family_workshop]);
  });

  it('patterns each unit type’s segments as well, so no reader has to tell the stacked colours apart', () => {
    const spec = buildJobsByCountyChart(
      [jobsRecord('A', 'family_workshop', { units: 3 }), jobsRecord('A', 'enterprise', { units: 2 }), jobsRecord('B', 'enterprise', { units: 1 })],
      'units',
      zh,
    );
    expect(spec.option?.aria).toMatchObject({ enabled: true, decal: { show: true }, label: { enabled: false } });
  });

  it('notes the fallback when another measure stands in for jobs', () => {
    const spec = buildJobsByCountyChart([jobsRecord('A', 'family_workshop', { units: 1062 }), jobsRecord('B', 'family_workshop', { units: 11 })], 'units', zh);
    expect(spec.title).toBe(tZh('chart.jobs-by-county.title', { measure: tZh('jobsMeasure.units') }));
    expect(spec.notes).toEqual([tZh('chart.jobs.fallbackNote', { measure: tZh('jobsMeasure.units') })]);
    expect(seriesOf(spec).map((s) => s.data)).toEqual([[1062, 11]]);
  });

  it('fixes the axis on round ticks past the largest county’s stack, all written in one unit', () => {
    const spec = buildJobsByCountyChart(
      [jobsRecord('A', 'enterprise', { jobs: 9000 }), jobsRecord('A', 'township_workshop', { jobs: 3000 }), jobsRecord('B', 'enterprise', { jobs: 800 })],
      'jobs',
      zh,
    );
    const axis = xAxisOf(spec);
    expect(axis.max).toBeGreaterThanOrEqual(12000);
    expect([axis.interval ?? 0, axis.max ?? 0].map((tick) => axis.axisLabel?.formatter?.(tick))).toEqual(['5,000', '15,000']);
  });

  it('escapes HTML in the tooltip and leaves out types with no figure', () => {
    const spec = buildJobsByCountyChart([jobsRecord(XSS, 'enterprise', { jobs: 5 }), jobsRecord('B', 'enterprise', { jobs: 1 })], 'jobs', zh);
    const text = tooltipText(spec, [
      { name: XSS, seriesName: XSS, value: 1234, dataIndex: 0 },
      { name: XSS, seriesName: '企业', value: null, dataIndex: 0 },
    ]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
    expect(text).toContain(': 1,234');
    expect(text).not.toContain('企业');
  });

  it('cuts a very long county name on the axis (a name from a file can be 5,000 characters), keeping it whole in the tooltip', () => {
    const long = `<b>${'长'.repeat(4990)}</b>`;
    const spec = buildJobsByCountyChart([jobsRecord(long, 'enterprise', { jobs: 5 }), jobsRecord('代县', 'enterprise', { jobs: 3 })], 'jobs', zh);
    const label = yAxisOf(spec).axisLabel as unknown as { formatter: (value: string) => string };
    expect(Array.from(label.formatter(long))).toHaveLength(MAX_CATEGORY_LABEL);
    expect(label.formatter('代县')).toBe('代县');
    expect(tooltipText(spec, [{ name: long, seriesName: '企业', value: 5 }])).toContain(`&lt;b&gt;${'长'.repeat(4990)}&lt;/b&gt;`);
  });
});
