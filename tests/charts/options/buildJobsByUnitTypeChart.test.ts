import { describe, expect, it } from 'vitest';
import { UNIT_TYPE_COLOURS, buildJobsByUnitTypeChart, jobsMeasureNotes, unitTypeLabel } from '../../../src/charts/options/buildJobsByUnitTypeChart';
import { context, onlySeries, tooltipText, xAxisOf, yAxisOf } from '../factories';
import { jobsRecord } from '../../support/figures';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

describe('unitTypeLabel', () => {
  it('names a unit type in the language', () => {
    expect(unitTypeLabel('township_workshop', 'zh')).toBe('扶贫车间');
    expect(unitTypeLabel('township_workshop', 'en')).toBe('Township workshop');
  });
});

describe('jobsMeasureNotes', () => {
  it('adds no note when jobs are shown', () => {
    expect(jobsMeasureNotes('jobs', zh)).toEqual([]);
  });

  it('says which measure stands in when jobs are not in the data', () => {
    expect(jobsMeasureNotes('units', zh)).toEqual([tZh('chart.jobs.fallbackNote', { measure: tZh('jobsMeasure.units') })]);
    expect(jobsMeasureNotes('relocated_workers', en)).toEqual([tEn('chart.jobs.fallbackNote', { measure: tEn('jobsMeasure.relocated_workers') })]);
  });
});

describe('buildJobsByUnitTypeChart', () => {
  it('has no option when no record states the measure', () => {
    const spec = buildJobsByUnitTypeChart([jobsRecord('代县', 'industrial_park')], 'jobs', en);
    expect(spec.option).toBeNull();
    expect(spec.description).toBe(tEn('chart.empty'));
  });

  it('keeps the fallback note even when there is nothing to draw', () => {
    expect(buildJobsByUnitTypeChart([], 'units', zh).notes).toEqual([tZh('chart.jobs.fallbackNote', { measure: tZh('jobsMeasure.units') })]);
  });

  it('draws one county: one bar per unit type that states the measure', () => {
    const jobs = [jobsRecord('代县', 'industrial_park', { jobs: 500 }), jobsRecord('代县', 'family_workshop', { units: 30 })];
    const spec = buildJobsByUnitTypeChart(jobs, 'jobs', zh);
    expect(yAxisOf(spec).data).toEqual(['产业园区']);
    expect(onlySeries(spec).data).toEqual([{ value: 500, itemStyle: { color: UNIT_TYPE_COLOURS.industrial_park } }]);
    expect(spec.notes).toEqual([]);
  });

  it('sums many counties by unit type, in the fixed order of types', () => {
    const jobs = [
      jobsRecord('A', 'enterprise', { jobs: 80 }),
      jobsRecord('A', 'township_workshop', { jobs: 100 }),
      jobsRecord('B', 'township_workshop', { jobs: 50 }),
      jobsRecord('B', 'industrial_park', { jobs: 20 }),
      jobsRecord('B', 'family_workshop', { units: 400 }),
    ];
    const spec = buildJobsByUnitTypeChart(jobs, 'jobs', zh);
    expect(yAxisOf(spec).data).toEqual(['产业园区', '扶贫车间', '企业']);
    expect(onlySeries(spec).data).toEqual([
      { value: 20, itemStyle: { color: UNIT_TYPE_COLOURS.industrial_park } },
      { value: 150, itemStyle: { color: UNIT_TYPE_COLOURS.township_workshop } },
      { value: 80, itemStyle: { color: UNIT_TYPE_COLOURS.enterprise } },
    ]);
    expect(onlySeries(spec).name).toBe(tZh('jobsMeasure.jobs'));
    expect(spec.description).toBe(
      tZh('chart.jobs-by-unit-type.description', { measure: tZh('jobsMeasure.jobs'), parts: '产业园区 20，扶贫车间 150，企业 80' }),
    );
  });

  it('shows another measure with a note when asked for units', () => {
    const jobs = [jobsRecord('A', 'family_workshop', { units: 1062 }), jobsRecord('A', 'township_workshop', { units: 11 })];
    const spec = buildJobsByUnitTypeChart(jobs, 'units', en);
    expect(spec.title).toBe(tEn('chart.jobs-by-unit-type.title', { measure: tEn('jobsMeasure.units') }));
    expect(yAxisOf(spec).data).toEqual(['Township workshop', 'Family workshop']);
    expect(onlySeries(spec).data).toEqual([
      { value: 11, itemStyle: { color: UNIT_TYPE_COLOURS.township_workshop } },
      { value: 1062, itemStyle: { color: UNIT_TYPE_COLOURS.family_workshop } },
    ]);
    expect(spec.notes).toEqual([tEn('chart.jobs.fallbackNote', { measure: tEn('jobsMeasure.units') })]);
    expect(spec.description).toBe(
      tEn('chart.jobs-by-unit-type.description', { measure: tEn('jobsMeasure.units'), parts: 'Township workshop 11, Family workshop 1,062' }),
    );
  });

  it('formats labels and axis ticks in the language', () => {
    const spec = buildJobsByUnitTypeChart([jobsRecord('A', 'enterprise', { jobs: 120_000 })], 'jobs', zh);
    expect(onlySeries(spec).label.formatter({ value: 120_000 })).toBe('120,000');
    expect(xAxisOf(spec).axisLabel?.formatter?.(150_000)).toBe('15万');
  });

  it('names the unit type and the measure in the tooltip of the bar pointed at', () => {
    const spec = buildJobsByUnitTypeChart([jobsRecord('A', 'enterprise', { jobs: 5 }), jobsRecord('B', 'industrial_park', { jobs: 40 })], 'jobs', zh);
    expect(tooltipText(spec, [{ name: '', value: 5, dataIndex: 1 }])).toBe(`企业<br/>${tZh('jobsMeasure.jobs')}: 5`);
  });
});
