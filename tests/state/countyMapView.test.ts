import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../../src/state/buildDashboard';
import { countyMapOf } from '../../src/state/countyMapView';
import { dataset, relocation } from '../data/support/records';

const SHANXI = { county_code: '140000', county: '山西省', prefecture: null, province: '山西省' };
const XINZHOU = { county_code: '140900', county: '忻州市', prefecture: '忻州市', province: '山西省' };
const FANSHI = { county_code: '140924', county: '繁峙县', prefecture: '忻州市', province: '山西省' };
const GUIZHOU = { county_code: '520000', county: '贵州省', prefecture: null, province: '贵州省' };
const XINGYI = { county_code: '522301', county: '兴义市', prefecture: '黔西南布依族苗族自治州', province: '贵州省' };

const nationwide = dataset({
  relocation: [
    relocation({ ...SHANXI, people: 472_000 }),
    relocation({ ...XINZHOU, people: 50_000 }),
    relocation({ people: 3_676 }),
    relocation({ ...FANSHI, people: 2_000 }),
    relocation({ ...GUIZHOU, people: 1_880_000 }),
    relocation({ ...XINGYI, people: 30_000 }),
  ],
});
const MAPS = ['140000'];
const mapAt = (area: string) => countyMapOf(deriveFigures(nationwide, { area, counties: [], period: null }), MAPS);

describe('countyMapOf', () => {
  it('at a province with outlines that lists prefectures, colours its known counties, and a tap drills into one', () => {
    const map = mapAt('140000');
    expect(map?.counties.map((county) => [county.county_code, county.level, county.people.value])).toEqual([
      ['140923', 'county', 3_676],
      ['140924', 'county', 2_000],
    ]);
    expect(map?.drills).toBe(true);
  });

  it('at a prefecture, colours the counties its table lists, and a tap opens the county’s detail', () => {
    const map = mapAt('140900');
    expect(map?.counties.map((county) => county.county_code)).toEqual(['140923', '140924']);
    expect(map?.drills).toBe(false);
  });

  it('draws no county map where no outlines exist for the area, nor at a nation that lists provinces', () => {
    expect(mapAt('520000')).toBeNull();
    expect(mapAt('522300')).toBeNull();
    expect(mapAt('100000')).toBeNull();
  });

  it('at the nation of a file of counties, draws them where their province has outlines, and not otherwise', () => {
    const counties = (records: ReturnType<typeof relocation>[]) =>
      countyMapOf(deriveFigures(dataset({ relocation: records }), { area: '100000', counties: [], period: null }), MAPS);
    expect(counties([relocation({ people: 3_676 })])?.counties.map((county) => county.county_code)).toEqual(['140923']);
    expect(counties([relocation({ ...XINGYI, people: 30_000 })])).toBeNull();
  });
});
