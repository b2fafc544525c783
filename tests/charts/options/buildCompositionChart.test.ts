import { describe, expect, it } from 'vitest';
import { buildCompositionChart } from '../../../src/charts/options/buildCompositionChart';
import { summarise } from '../../../src/data/aggregate/summarise';
import { XSS, context, seriesOf, tooltipText, xAxisOf, yAxisOf } from '../factories';
import { figureSummary, measure } from '../../support/figures';
import { importAs } from '../../support/importAs';

const zh = context('zh');
const en = context('en');
const tZh = zh.t;
const tEn = en.t;

const NAMES_ZH = [
  tZh('chart.composition.wholeVillage'),
  tZh('chart.composition.scattered'),
  tZh('chart.composition.registeredPoor'),
  tZh('chart.composition.synchronous'),
];

const fullSummary = figureSummary({
  people: measure(100),
  whole_village_people: measure(60),
  scattered_people: measure(40),
  registered_poor_people: measure(75),
  synchronous_people: measure(25),
});

describe('buildCompositionChart', () => {
  it('wraps its legend onto a second line on a narrow screen, with room kept for it, rather than paging it behind arrows', () => {
    const option = buildCompositionChart(fullSummary, zh).option;
    expect(option?.legend).toMatchObject({ type: 'plain', bottom: 0 });
    expect((option?.grid as { bottom: number }).bottom).toBeGreaterThanOrEqual(2 * 24);
  });

  it('stacks the four parts on two rows, with no unknown part when they add up to the people total', () => {
    const spec = buildCompositionChart(fullSummary, zh);
    const series = seriesOf(spec);
    expect(series.map((s) => s.name)).toEqual(NAMES_ZH);
    expect(series.map((s) => s.data)).toEqual([
      [60, null],
      [40, null],
      [null, 75],
      [null, 25],
    ]);
    expect(series.map((s) => s.stack)).toEqual(['people', 'people', 'people', 'people']);
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'bar', 'bar']);
    expect(yAxisOf(spec).data).toEqual([tZh('chart.composition.mode'), tZh('chart.composition.target')]);
    expect(xAxisOf(spec).max).toBe(100);
    expect(spec.notes).toEqual([]);
  });

  it('adds an unknown part to each row whose parts fall short of the people total', () => {
    const spec = buildCompositionChart(
      figureSummary({ people: measure(100), whole_village_people: measure(60), registered_poor_people: measure(75), synchronous_people: measure(20) }),
      zh,
    );
    const series = seriesOf(spec);
    const unknown = series.filter((s) => s.name === tZh('chart.composition.unknownPart'));
    expect(unknown.map((s) => s.data)).toEqual([
      [40, null],
      [null, 5],
    ]);
    expect(unknown.map((s) => s.stack)).toEqual(['people', 'people']);
    expect(series.find((s) => s.name === NAMES_ZH[1])?.data).toEqual([null, null]);
    expect(unknown[0]?.label.formatter({ value: 40 })).toBe(
      `${tZh('chart.composition.unknownPart')}\n${tZh('chart.valueWithShare', { value: '40', share: '40.0%' })}`,
    );
  });

  it('adds no unknown part when the people total itself is unknown', () => {
    const spec = buildCompositionChart(figureSummary({ whole_village_people: measure(60), scattered_people: measure(10) }), en);
    const series = seriesOf(spec);
    expect(series.map((s) => s.name)).toEqual([
      tEn('chart.composition.wholeVillage'),
      tEn('chart.composition.scattered'),
      tEn('chart.composition.registeredPoor'),
      tEn('chart.composition.synchronous'),
    ]);
    expect(xAxisOf(spec).max).toBeUndefined();
    // Without a whole there is no share to give.
    expect(spec.description).toBe(
      tEn('chart.relocation-composition.description', { parts: `${tEn('chart.composition.wholeVillage')} 60; ${tEn('chart.composition.scattered')} 10` }),
    );
  });

  it('labels each segment with its name, figure and share of the people total', () => {
    const [wholeVillage] = seriesOf(buildCompositionChart(fullSummary, zh));
    expect(wholeVillage?.label.formatter({ value: 60 })).toBe(`${NAMES_ZH[0]}\n${tZh('chart.valueWithShare', { value: '60', share: '60.0%' })}`);
    expect(wholeVillage?.label.formatter({ value: null })).toBe('');
  });

  it('labels a narrow segment with its figure over its share, and a very narrow one not at all', () => {
    const spec = buildCompositionChart(
      figureSummary({
        people: measure(100),
        whole_village_people: measure(75),
        scattered_people: measure(20),
        registered_poor_people: measure(95),
        synchronous_people: measure(5),
      }),
      zh,
    );
    const [wholeVillage, scattered, registeredPoor, synchronous] = seriesOf(spec);
    expect(wholeVillage?.label.formatter({ value: 75 })).toBe(`${NAMES_ZH[0]}\n${tZh('chart.valueWithShare', { value: '75', share: '75.0%' })}`);
    expect(scattered?.label.formatter({ value: 20 })).toBe('20\n20.0%');
    expect(scattered?.label.formatter({ value: 15 })).toBe('');
    expect(registeredPoor?.label.formatter({ value: 95 })).toBe(`${NAMES_ZH[2]}\n${tZh('chart.valueWithShare', { value: '95', share: '95.0%' })}`);
    expect(synchronous?.label.formatter({ value: 5 })).toBe('');
    // The unknown 5 people of the first row are as narrow, and unlabelled too.
    const unknown = seriesOf(spec).find((s) => s.name === tZh('chart.composition.unknownPart'));
    expect(unknown?.data).toEqual([5, null]);
    expect(unknown?.label.formatter({ value: 5 })).toBe('');
  });

  it('describes every stated part with its share, in the language', () => {
    const share = (t: typeof tZh, value: string, pct: string) => t('chart.valueWithShare', { value, share: pct });
    const zhSpec = buildCompositionChart(fullSummary, zh);
    expect(zhSpec.description).toBe(
      tZh('chart.relocation-composition.description', {
        parts: [
          `${NAMES_ZH[0]} ${share(tZh, '60', '60.0%')}`,
          `${NAMES_ZH[1]} ${share(tZh, '40', '40.0%')}`,
          `${NAMES_ZH[2]} ${share(tZh, '75', '75.0%')}`,
          `${NAMES_ZH[3]} ${share(tZh, '25', '25.0%')}`,
        ].join('；'),
      }),
    );

    const enSpec = buildCompositionChart(fullSummary, en);
    expect(enSpec.description).toBe(
      tEn('chart.relocation-composition.description', {
        parts: [
          `${tEn('chart.composition.wholeVillage')} ${share(tEn, '60', '60.0%')}`,
          `${tEn('chart.composition.scattered')} ${share(tEn, '40', '40.0%')}`,
          `${tEn('chart.composition.registeredPoor')} ${share(tEn, '75', '75.0%')}`,
          `${tEn('chart.composition.synchronous')} ${share(tEn, '25', '25.0%')}`,
        ].join('; '),
      }),
    );
    expect(enSpec.description).not.toBe(zhSpec.description);
  });

  it('escapes HTML in the tooltip', () => {
    const text = tooltipText(buildCompositionChart(fullSummary, zh), { seriesName: XSS, name: XSS, value: 60 });
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
  });

  it('sums the parts of several counties read from a file', () => {
    const csv = [
      'county_code,county,period,people,registered_poor_people,synchronous_people,whole_village_people,scattered_people',
      '140921,定襄县,2019,300,200,100,120,180',
      '140922,五台县,2019,500,450,,400,100',
    ].join('\n');
    const result = importAs('relocation', 'x.csv', new TextEncoder().encode(csv));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const spec = buildCompositionChart(summarise({ relocation: result.records, sites: [], jobs: [], income: [], population: [] }), zh);
    const series = seriesOf(spec);
    expect(series.map((s) => [s.name, s.data])).toEqual([
      [NAMES_ZH[0], [520, null]],
      [NAMES_ZH[1], [280, null]],
      [NAMES_ZH[2], [null, 650]],
      [NAMES_ZH[3], [null, 100]],
      // 五台县 does not say how many were relocated alongside: 800 − 650 − 100 is unknown, not 0.
      [tZh('chart.composition.unknownPart'), [null, 50]],
    ]);
    expect(xAxisOf(spec).max).toBe(800);
  });
});
