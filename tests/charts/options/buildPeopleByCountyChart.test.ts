import { describe, expect, it } from 'vitest';
import { buildPeopleByCountyChart } from '../../../src/charts/options/buildPeopleByCountyChart';
import { summariseByCounty } from '../../../src/data/aggregate/summarise';
import { XSS, context, onlySeries, tooltipText, xAxisOf, yAxisOf } from '../factories';
import { countySummary, measure } from '../../support/figures';
import { importAs } from '../../support/importAs';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

describe('buildPeopleByCountyChart', () => {
  it('has no option but names the counties when none states a figure', () => {
    const spec = buildPeopleByCountyChart([countySummary('140921', '定襄县')], zh);
    expect(spec.option).toBeNull();
    expect(spec.notes).toEqual([tZh('chart.countiesWithoutFigure', { names: '定襄县' })]);
    expect(spec.description).toBe(tZh('chart.empty'));
  });

  it('says one county’s figure instead of drawing one bar', () => {
    const spec = buildPeopleByCountyChart([countySummary('140923', '代县', { people: measure(3676) })], zh);
    expect(spec.statement).toEqual({ area: '代县', value: '3,676' });
    expect(spec.unit).toBe(tZh('unit.people'));
    expect(spec.notes).toEqual([]);
  });

  it('names the level it lists in its title and description: provinces under the nation, counties under a prefecture', () => {
    const provinces = [
      { ...countySummary('140000', '山西省', { people: measure(472_000) }), level: 'province' as const },
      { ...countySummary('520000', '贵州省', { people: measure(1_880_000) }), level: 'province' as const },
    ];
    const words = { each: tZh('level.each.province'), noun: tZh('level.noun.province') };
    expect(buildPeopleByCountyChart(provinces, zh).title).toBe(tZh('chart.people-by-county.title', words));
    expect(buildPeopleByCountyChart(provinces, zh).title).not.toBe(buildPeopleByCountyChart([countySummary('140923', '代县')], zh).title);
    expect(buildPeopleByCountyChart(provinces, en).description).toContain(tEn('level.noun.province'));
  });

  it('orders counties largest first, ties by name, and names the counties without a figure', () => {
    const summaries = [
      countySummary('140921', 'B', { people: measure(50) }),
      countySummary('140922', 'C', { people: measure(null, 0, 2) }),
      countySummary('140924', 'D', { people: measure(1200) }),
      countySummary('140925', 'A', { people: measure(50) }),
      countySummary('140926', 'E', { people: measure(300) }),
    ];
    const spec = buildPeopleByCountyChart(summaries, en);
    expect(yAxisOf(spec).data).toEqual(['D', 'E', 'A', 'B']);
    expect(onlySeries(spec).data).toEqual([1200, 300, 50, 50]);
    expect(spec.notes).toEqual([tEn('chart.countiesWithoutFigure', { names: 'C' })]);
    expect(spec.description).toBe(
      tEn('chart.people-by-county.description', { noun: tEn('level.noun.county'), count: 4, total: '1,600', county: 'D', largest: '1,200' }),
    );
    expect(spec.description).not.toBe(tZh('chart.people-by-county.description', { count: 4, total: '1,600', county: 'D', largest: '1,200' }));
  });

  it('lists every county without a figure in the note', () => {
    const summaries = [countySummary('1', 'Dai', { people: measure(10) }), countySummary('2', 'Fanshi'), countySummary('3', 'Wutai')];
    expect(buildPeopleByCountyChart(summaries, en).notes).toEqual([tEn('chart.countiesWithoutFigure', { names: 'Fanshi, Wutai' })]);
  });

  it('formats bar labels and axis ticks in the language', () => {
    const summaries = [countySummary('1', '代县', { people: measure(12000) }), countySummary('2', '繁峙县', { people: measure(800) })];
    const zhSpec = buildPeopleByCountyChart(summaries, zh);
    const enSpec = buildPeopleByCountyChart(summaries, en);
    expect(onlySeries(zhSpec).label.formatter({ value: 3676 })).toBe('3,676');
    // Steps of 5,000 read in full in Chinese (in 万 they would be 0.5万 1.0万 1.5万); English counts them in thousands.
    expect(xAxisOf(zhSpec).axisLabel?.formatter?.(15000)).toBe('15,000');
    expect(xAxisOf(enSpec).axisLabel?.formatter?.(15000)).toBe('15K');
    expect(xAxisOf(zhSpec).name).toBe(tZh('chart.axis.people'));
    expect(xAxisOf(enSpec).name).toBe(tEn('chart.axis.people'));
    expect(onlySeries(enSpec).name).toBe(tEn('kpi.people'));
    expect(tEn('kpi.people')).not.toBe(tZh('kpi.people'));
  });

  it('escapes HTML in the tooltip', () => {
    const spec = buildPeopleByCountyChart([countySummary('1', XSS, { people: measure(5) }), countySummary('2', 'B', { people: measure(1) })], zh);
    const text = tooltipText(spec, [{ name: XSS, value: 5, dataIndex: 0 }]);
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
    expect(text).toContain(`5 ${tZh('unit.people')}`);
  });

  it('draws the counties of an imported file, summed by county', () => {
    const csv = [
      'county_code,county,period,households,people',
      '140921,定襄县,2019,40,100',
      '140921,定襄县,2020,60,150',
      '140922,五台县,2019,130,400',
      '140924,宁武县,2019,30,',
      '140924,宁武县,2020,20,',
    ].join('\n');
    const result = importAs('relocation', 'x.csv', new TextEncoder().encode(csv));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const spec = buildPeopleByCountyChart(summariseByCounty({ relocation: result.records, sites: [], jobs: [], income: [], population: [] }), zh);
    expect(yAxisOf(spec).data).toEqual(['五台县', '定襄县']);
    expect(onlySeries(spec).data).toEqual([400, 250]);
    expect(spec.notes).toEqual([tZh('chart.countiesWithoutFigure', { names: '宁武县' })]);
  });
});
