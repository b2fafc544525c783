import areaNames from 'china-area-data/v5/data.json';
import { levelOfCode, NATION_CODE, type PlaceLevel } from './aggregate/areaLevel';

/** A county-level unit with the prefecture and province it belongs to, by GB/T 2260 code. */
export interface CountyDivision {
  code: string;
  county: string;
  prefectureCode: string;
  prefecture: string;
  provinceCode: string;
  province: string;
}

const COUNTRY = '86';

type AreaTree = Readonly<Record<string, Readonly<Record<string, string>>>>;

interface AreaIndex {
  name: Map<string, string>;
  parent: Map<string, string>;
}

let index: AreaIndex | null = null;

// china-area-data stores each level as children of its parent code; invert it once so a county finds its ancestors.
function areaIndex(): AreaIndex {
  if (index) return index;
  const name = new Map<string, string>();
  const parent = new Map<string, string>();
  for (const [parentCode, children] of Object.entries(areaNames as AreaTree)) {
    for (const [code, childName] of Object.entries(children)) {
      name.set(code, childName);
      parent.set(code, parentCode);
    }
  }
  index = { name, parent };
  return index;
}

/** Looks up a county-level code in the national division list (china-area-data 5.0.1); null when the list has no such county. */
export function lookupCounty(code: string): CountyDivision | null {
  const { name, parent } = areaIndex();
  const prefectureCode = parent.get(code);
  const provinceCode = prefectureCode === undefined ? undefined : parent.get(prefectureCode);
  if (prefectureCode === undefined || provinceCode === undefined || parent.get(provinceCode) !== COUNTRY) return null;
  return {
    code,
    county: name.get(code) ?? code,
    prefectureCode,
    prefecture: name.get(prefectureCode) ?? prefectureCode,
    provinceCode,
    province: name.get(provinceCode) ?? provinceCode,
  };
}

/** A place at any level (the nation, a province, a prefecture or a county), with the prefecture and province it lies in. */
export interface AreaDivision {
  code: string;
  level: PlaceLevel;
  name: string;
  prefecture: string | null;
  province: string | null;
}

const NATION: AreaDivision = { code: NATION_CODE, level: 'nation', name: '全国', prefecture: null, province: null };

/**
 * Looks up a code at any level: 100000 is the nation, a province's or prefecture's code must be in the national
 * list as one, and a county's as a county under its prefecture and province; null for any other code.
 */
export function lookupArea(code: string): AreaDivision | null {
  const level = levelOfCode(code);
  if (level === 'nation') return NATION;
  if (level === 'county') {
    const county = lookupCounty(code);
    return county && { code, level, name: county.county, prefecture: county.prefecture, province: county.province };
  }
  const { name, parent } = areaIndex();
  const official = name.get(code);
  if (official === undefined) return null;
  if (level === 'province') return parent.get(code) === COUNTRY ? { code, level, name: official, prefecture: null, province: official } : null;
  const provinceCode = parent.get(code);
  if (provinceCode === undefined || parent.get(provinceCode) !== COUNTRY) return null;
  return { code, level, name: official, prefecture: official, province: name.get(provinceCode) ?? provinceCode };
}

// How a province or prefecture is often written short: 山西 for 山西省, 黔西南州 for 黔西南布依族苗族自治州.
const SHORT_SUFFIX = /(省|市|州|盟|地区|自治区|自治州)$/u;
const NATION_NAMES = new Set(['全国', '中国', '中华人民共和国']);

/** True when a name written in a file plausibly names the place: its official name, or a usual short form of it. */
export function areaNameMatches(written: string, division: AreaDivision): boolean {
  const name = compact(written);
  if (division.level === 'nation') return NATION_NAMES.has(name);
  if (division.level === 'county') return countyNameMatches(written, { county: division.name });
  const official = compact(division.name);
  if (name === official || (name.length >= 2 && official.startsWith(name))) return true;
  const stem = name.replace(SHORT_SUFFIX, '');
  return stem.length >= 2 && official.startsWith(stem);
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

/** True when a county name written in a file plausibly names the division (exactly, or with its province/prefecture before it). */
export function countyNameMatches(written: string, division: Pick<CountyDivision, 'county'>): boolean {
  const name = compact(written);
  const official = compact(division.county);
  return name === official || name.endsWith(official) || (name.length >= 2 && official.startsWith(name));
}

// 市辖区 is a placeholder for a city's districts, and codes xxxx7x are functional zones (开发区, 风景名胜区): neither is a county.
const NOT_A_COUNTY = (code: string, name: string) => name === '市辖区' || /^\d{4}7\d$/.test(code);

let countyCounts: Map<string, number> | null = null;

/**
 * How many county-level divisions the national list (china-area-data 5.0.1) places in an area: the denominator of
 * "12 of 88 counties known". A prefecture with no counties under it in the list (儋州市) counts as one itself.
 */
export function countiesListedIn(area: string): number {
  if (!countyCounts) {
    const counts = new Map<string, number>();
    const tree = areaNames as AreaTree;
    const add = (code: string) => {
      for (const ancestor of [NATION_CODE, `${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`]) counts.set(ancestor, (counts.get(ancestor) ?? 0) + 1);
    };
    for (const province of Object.keys(tree[COUNTRY] ?? {}))
      for (const [prefecture, prefectureName] of Object.entries(tree[province] ?? {})) {
        const counties = tree[prefecture];
        if (!counties) {
          if (!NOT_A_COUNTY(prefecture, prefectureName)) add(prefecture);
          continue;
        }
        for (const [county, countyName] of Object.entries(counties)) if (!NOT_A_COUNTY(county, countyName)) add(county);
      }
    countyCounts = counts;
  }
  return levelOfCode(area) === 'county' ? 1 : (countyCounts.get(area) ?? 0);
}

/** The provinces of the national list (china-area-data 5.0.1), by code. */
export function provincesListed(): { code: string; name: string }[] {
  return Object.entries((areaNames as AreaTree)[COUNTRY] ?? {}).map(([code, name]) => ({ code, name }));
}

/** Every county-level division of a province in the national list, with its prefecture, in code order. */
export function countiesOfProvince(provinceCode: string): CountyDivision[] {
  const tree = areaNames as AreaTree;
  const province = areaIndex().name.get(provinceCode) ?? '';
  const counties: CountyDivision[] = [];
  for (const [prefectureCode, prefecture] of Object.entries(tree[provinceCode] ?? {})) {
    const children = tree[prefectureCode];
    const entries = children ? Object.entries(children) : [[prefectureCode, prefecture] as const];
    for (const [code, county] of entries) {
      if (!NOT_A_COUNTY(code, county)) counties.push({ code, county, prefectureCode, prefecture, provinceCode, province });
    }
  }
  return counties.sort((a, b) => a.code.localeCompare(b.code));
}
