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
  whole_village_share: 0.6,
  whole_village_basis: { whole: 100, unstatedPeople: 0 },
  registered_poor_people: measure(75),
  synchronous_people: measure(25),
  registered_poor_share: 0.75,
  registered_poor_basis: { whole: 100, unstatedPeople: 0 },
});

function fromCsv(...lines: string[]) {
  const csv = ['county_code,county,period,people,registered_poor_people,synchronous_people,whole_village_people,scattered_people', ...lines].join('\n');
  const result = importAs('relocation', 'x.csv', new TextEncoder().encode(csv));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return summarise({ relocation: result.records, sites: [], jobs: [], income: [], population: [] });
}

describe('buildCompositionChart', () => {
  it('wraps its legend onto a second line on a narrow screen, with room kept for it, rather than paging it behind arrows', () => {
    const option = buildCompositionChart(fullSummary, zh).option;
    expect(option?.legend).toMatchObject({ type: 'plain', bottom: 0 });
    expect((option?.grid as { bottom: number }).bottom).toBeGreaterThanOrEqual(2 * 24);
  });

  it('draws each row as its parts’ shares of the people whose records state them', () => {
    const spec = buildCompositionChart(fullSummary, zh);
    const series = seriesOf(spec);
    expect(series.map((s) => s.name)).toEqual(NAMES_ZH);
    expect(series.map((s) => s.data)).toEqual([
      [0.6, null],
      [0.4, null],
      [null, 0.75],
      [null, 0.25],
    ]);
    expect(yAxisOf(spec).data).toEqual([tZh('chart.composition.mode'), tZh('chart.composition.target')]);
    expect(xAxisOf(spec).max).toBe(1);
    expect(spec.notes).toEqual([]);
  });

  it('gives the card’s share, not one diluted by the records that leave the part blank, and says whom it leaves out', () => {
    // 五台县 states no registered poor: the share is of 定襄县's 300 people, and 五台县's 500 are said to be left out.
    const summary = fromCsv('140921,定襄县,2019,300,200,100,120,180', '140922,五台县,2019,500,,,400,100');
    const spec = buildCompositionChart(summary, zh);
    const registered = seriesOf(spec).find((s) => s.name === NAMES_ZH[2]);
    expect(registered?.data).toEqual([null, summary.registered_poor_share]);
    expect(spec.table.rows.find((row) => row[0] === NAMES_ZH[2])).toEqual([NAMES_ZH[2], 200, 66.7, 300]);
    expect(spec.notes).toEqual([`${tZh('chart.composition.target')}：${tZh('kpi.shareBasis', { whole: '300', unstated: '500' })}`]);
  });

  it('writes shares in its table as per cent with one decimal, under a header that says so', () => {
    const { table } = buildCompositionChart(fullSummary, zh);
    expect(table.columns).toContain(tZh('table.sharePercent'));
    expect(table.rows.map((row) => row[2])).toEqual([60, 40, 75, 25]);
  });

  it('calls the rest of the people relocated alongside only where the data says as much', () => {
    const stated = fromCsv('140921,定襄县,2019,300,200,100,120,180');
    const unstated = fromCsv('140921,定襄县,2019,300,200,,120,180');
    expect(seriesOf(buildCompositionChart(stated, zh)).map((s) => s.name)).toContain(NAMES_ZH[3]);
    expect(seriesOf(buildCompositionChart(unstated, zh)).map((s) => s.name)).toContain(tZh('chart.composition.rest'));
  });

  it('draws no row whose share no record states', () => {
    const spec = buildCompositionChart(fromCsv('140921,定襄县,2019,300,,,120,180'), en);
    expect(seriesOf(spec).map((s) => s.name)).toEqual([tEn('chart.composition.wholeVillage'), tEn('chart.composition.scattered')]);
  });

  it('labels each segment with its name, figure and share, a narrow one with its figure over its share, a very narrow one not at all', () => {
    const spec = buildCompositionChart(fromCsv('140921,定襄县,2019,100,95,5,75,25'), zh);
    const [wholeVillage, scattered, , synchronous] = seriesOf(spec);
    expect(wholeVillage?.label.formatter({ value: 0.75 })).toBe(`${NAMES_ZH[0]}\n${tZh('chart.valueWithShare', { value: '75', share: '75.0%' })}`);
    expect(scattered?.label.formatter({ value: 0.25 })).toBe('25\n25.0%');
    expect(synchronous?.label.formatter({ value: 0.05 })).toBe('');
  });

  it('describes every part with its share, in the language', () => {
    const share = (t: typeof tZh, value: string, pct: string) => t('chart.valueWithShare', { value, share: pct });
    expect(buildCompositionChart(fullSummary, zh).description).toBe(
      tZh('chart.relocation-composition.description', {
        parts: [
          `${NAMES_ZH[0]} ${share(tZh, '60', '60.0%')}`,
          `${NAMES_ZH[1]} ${share(tZh, '40', '40.0%')}`,
          `${NAMES_ZH[2]} ${share(tZh, '75', '75.0%')}`,
          `${NAMES_ZH[3]} ${share(tZh, '25', '25.0%')}`,
        ].join('；'),
      }),
    );
    expect(buildCompositionChart(fullSummary, en).description).toContain(`${tEn('chart.composition.registeredPoor')} ${share(tEn, '75', '75.0%')}`);
  });

  it('escapes HTML in the tooltip', () => {
    const summary = { ...fullSummary };
    const text = tooltipText(
      buildCompositionChart(summary, {
        ...zh,
        t: (key: string, params?: object) => (key === 'chart.composition.wholeVillage' ? XSS : tZh(key as never, params as never)),
      }),
      {
        seriesName: XSS,
        dataIndex: 0,
        value: 0.6,
      },
    );
    expect(text).toContain('&lt;img');
    expect(text).not.toContain('<img');
  });
});
