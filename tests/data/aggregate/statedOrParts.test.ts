import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { datasetFor, knownParts, statedOrParts } from '../../../src/data/aggregate/statedOrParts';
import { summarise } from '../../../src/data/aggregate/summarise';
import { dataset, period, relocation, site } from '../support/records';

const SHANXI = { county_code: '140000', county: '山西省', prefecture: null, province: '山西省' };
const XINZHOU = { county_code: '140900', county: '忻州市', prefecture: '忻州市', province: '山西省' };
const NATION = { county_code: '100000', county: '全国', prefecture: null, province: null };
const DAI = { county_code: '140923', county: '代县' };
const FANSHI = { county_code: '140924', county: '繁峙县' };
const GUIZHOU = { county_code: '520000', county: '贵州省', prefecture: null, province: '贵州省' };
const PLAN = period(2016, 2020);

const peopleOf = (records: ReturnType<typeof relocation>[]) => summarise(dataset({ relocation: records })).people.value;

describe('statedOrParts: the lines that give an area its figures', () => {
  it('takes a province’s stated total and never adds its counties to it', () => {
    const lines = [
      relocation({ ...SHANXI, period: PLAN, people: 472_000 }),
      relocation({ ...DAI, period: PLAN, people: 3_676 }),
      relocation({ ...FANSHI, period: period(2019), people: 900 }),
    ];
    expect(peopleOf(statedOrParts(lines, '140000'))).toBe(472_000);
    expect(peopleOf(knownParts(lines, '140000'))).toBe(4_576);
  });

  it('adds known counties up where the area states nothing, through a prefecture that states nothing either', () => {
    const lines = [relocation({ ...DAI, period: PLAN, people: 3_676 }), relocation({ ...FANSHI, period: PLAN, people: 1_000 })];
    expect(peopleOf(statedOrParts(lines, '140000'))).toBe(4_676);
    expect(peopleOf(statedOrParts(lines, '140900'))).toBe(4_676);
    expect(peopleOf(statedOrParts(lines, '140923'))).toBe(3_676);
  });

  it('lets a prefecture’s total stand for its counties inside the province’s parts', () => {
    const lines = [relocation({ ...XINZHOU, period: PLAN, people: 20_000 }), relocation({ ...DAI, period: PLAN, people: 3_676 })];
    expect(peopleOf(statedOrParts(lines, '140000'))).toBe(20_000);
    expect(peopleOf(knownParts(lines, '140900'))).toBe(3_676);
  });

  it('takes the nation’s own figure over its provinces, and the provinces’ sum where the nation states none', () => {
    const provinces = [relocation({ ...SHANXI, period: PLAN, people: 472_000 }), relocation({ ...GUIZHOU, period: PLAN, people: 1_880_000 })];
    expect(peopleOf(statedOrParts([...provinces, relocation({ ...NATION, period: PLAN, people: 9_600_000 })], '100000'))).toBe(9_600_000);
    expect(peopleOf(statedOrParts(provinces, '100000'))).toBe(2_352_000);
  });

  it('counts a part whose years the stated figure leaves open, and leaves out one whose years overlap it', () => {
    const lines = [
      relocation({ ...SHANXI, period: period(2016), people: 50_000 }),
      relocation({ ...DAI, period: period(2019), people: 700 }),
      relocation({ ...FANSHI, period: period(2016, 2017), people: 900 }),
    ];
    expect(peopleOf(statedOrParts(lines, '140000'))).toBe(50_700);
  });

  it('keeps every table apart: a province’s sites total does not hide its counties’ relocation', () => {
    const data = dataset({
      relocation: [relocation({ ...DAI, period: PLAN, people: 3_676 })],
      sites: [site({ ...SHANXI, period: PLAN, site: '', households: null }), site({ ...DAI, period: period(2020), site: '滨河新区' })],
    });
    const resolved = datasetFor(data, '140000');
    expect(resolved.relocation).toHaveLength(1);
    expect(resolved.sites.map((line) => line.county_code)).toEqual(['140000']);
  });

  it('never lets an area’s figure exceed what its lines state, whatever mix of levels a file holds', () => {
    const places = ['100000', '140000', '140900', '140923', '140924', '520000', '522300', '522301'];
    const line = fc.record({
      code: fc.constantFrom(...places),
      from: fc.integer({ min: 2016, max: 2020 }),
      length: fc.integer({ min: 0, max: 4 }),
      people: fc.integer({ min: 0, max: 1_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom(...places.slice(0, 4)), (specs, area) => {
        const lines = specs.map((spec, index) =>
          relocation({ line: index + 2, county_code: spec.code, period: period(spec.from, Math.min(2020, spec.from + spec.length)), people: spec.people }),
        );
        const chosen = statedOrParts(lines, area);
        // Each chosen line is in the area, is chosen once, and no two chosen lines of one place and its part overlap in years.
        expect(new Set(chosen).size).toBe(chosen.length);
        for (const a of chosen) {
          for (const b of chosen) {
            if (a === b || a.county_code === b.county_code) continue;
            const nested = b.county_code.startsWith(a.county_code.replace(/0+$/, '')) || a.county_code === '100000';
            if (nested) expect(a.period.to < b.period.from || b.period.to < a.period.from).toBe(true);
          }
        }
      }),
    );
  });
});
