import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../src/state/buildDashboard';
import { headline } from '../../src/state/headline';
import { formatLarge } from '../../src/i18n/format';
import { translator } from '../../src/i18n/translate';
import { formatNumber, formatShare } from '../../src/i18n/format';
import { daiCountyDataset } from '../data/support/daiCounty';
import { dataset, income, period, relocation, site } from '../data/support/records';

const all = { counties: [], period: null };
const zh = (figures: ReturnType<typeof deriveFigures>) => headline(figures, 'zh', translator('zh'));
const en = (figures: ReturnType<typeof deriveFigures>) => headline(figures, 'en', translator('en'));

describe('the headline of a selection', () => {
  it('tells Dai County’s story from the summary the cards use, each figure with its own years', () => {
    const figures = deriveFigures(daiCountyDataset(), all);
    const { overall, datasetPeriods } = figures;
    const text = zh(figures);
    expect(text).toContain(`代县 ${datasetPeriods.relocation} 年易地扶贫搬迁 ${formatNumber(overall.people.value ?? NaN, 'zh')} 人`);
    expect(text).toContain(formatShare(overall.registered_poor_share ?? NaN, 'zh'));
    expect(text).toContain(`${datasetPeriods.sites} 年有集中安置点 ${formatNumber(overall.sites.value ?? NaN, 'zh')} 个`);
    expect(text).toContain(`入住 ${formatNumber(overall.site_people.value ?? NaN, 'zh')} 人`);
    // The flow and the stock keep their own years: the relocation's span is not the site's year.
    expect(datasetPeriods.relocation).not.toBe(datasetPeriods.sites);
  });

  it('says only what the data states: no site, job or income sentence without such records', () => {
    const text = en(deriveFigures(dataset({ relocation: [relocation({ people: 120 })] }), all));
    expect(text).toBe('代县: 120 people relocated in 2019.');
  });

  it('leaves the registered poor out where the records do not state them, and says nothing of an empty selection', () => {
    expect(en(deriveFigures(dataset({ relocation: [relocation({ people: 7 })] }), all))).not.toContain('registered');
    expect(en(deriveFigures(dataset({}), all))).toBe('');
  });

  it('names the area first when the selection has no relocation figure to name it', () => {
    const figures = deriveFigures(daiCountyDataset(), { counties: [], period: period(2020) });
    expect(figures.overall.people.value).toBeNull();
    expect(zh(figures)).toMatch(/^代县：2020 年有集中安置点/);
  });

  it('counts a site as one and several as many, in English', () => {
    const one = en(deriveFigures(dataset({ sites: [site({ people: 10 })] }), all));
    const two = en(deriveFigures(dataset({ sites: [site({ people: 10 }), site({ site: 'B安置点', people: 5 })] }), all));
    expect(one).toContain('1 resettlement site housing 10 people.');
    expect(two).toContain('2 resettlement sites housing 15 people.');
  });

  it('names the chosen counties, and counts them when there are more than a few', () => {
    const counties = ['140923', '140902', '140921', '140922'].map((county_code, i) =>
      relocation({ county_code, county: `县${i}`, people: 10 + i, period: period(2019) }),
    );
    const data = dataset({ relocation: counties });
    expect(en(deriveFigures(data, { counties: ['140921', '140922'], period: null }))).toMatch(/^县2, 县3: 25 people/);
    expect(zh(deriveFigures(data, all))).toMatch(/^4 个县 /);
  });

  describe('at a level the data states figures for', () => {
    const national = dataset({
      relocation: [
        relocation({ county_code: '100000', county: '全国', people: 9_600_000, period: period(2016, 2020), province: null, prefecture: null }),
        relocation({ county_code: '140000', county: '山西省', people: 472_000, period: period(2016, 2020), prefecture: null }),
      ],
      income: [income({ period: period(2020), income_gain_per_household_yuan: 1871, households: 567 })],
    });

    it('names the place shown, not the count of its parts', () => {
      expect(en(deriveFigures(national, all))).toMatch(/^China: 9,600,000 people relocated/);
      expect(zh(deriveFigures(national, { ...all, area: '140000' }))).toMatch(/^山西省 /);
    });

    it('says whose figure stands for the place when the place does not state it itself', () => {
      const text = zh(deriveFigures(national, all));
      expect(text).toContain(translator('zh')('headline.fromParts', { places: '代县' }));
      // The nation states its own people: that sentence is its own, not a part's.
      expect(text.split('。')[0]).not.toContain('据');
    });
  });

  describe('of a place whose sources state registered-poor people alone', () => {
    const nation = dataset({
      relocation: [
        relocation({ county_code: '100000', county: '全国', registered_poor_people: 9_600_000, period: period(2016, 2020), province: null, prefecture: null }),
        relocation({ county_code: '140000', county: '山西省', people: 472_000, period: period(2016, 2020), prefecture: null }),
      ],
    });

    it('says the registered-poor figure as that, never as everyone relocated', () => {
      const text = zh(deriveFigures(nation, all));
      expect(text).toMatch(/^全国：/);
      expect(text).toContain(`建档立卡贫困人口 ${formatLarge(9_600_000, 'zh')} 人`);
      expect(text).not.toContain('易地扶贫搬迁 9');
      expect(en(deriveFigures(nation, all))).toContain(`${formatLarge(9_600_000, 'en')} registered-poor people relocated in 2016-2020`);
    });

    it('says so when the source words the figure as approximate', () => {
      const approximate = dataset({
        relocation: nation.relocation.map((record) => (record.county_code === '100000' ? { ...record, approximate: ['registered_poor_people'] } : record)),
      });
      expect(zh(deriveFigures(approximate, all))).toContain(translator('zh')('headline.approximate'));
      expect(zh(deriveFigures(nation, all))).not.toContain(translator('zh')('headline.approximate'));
    });
  });
});
