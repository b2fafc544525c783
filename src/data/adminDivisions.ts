import areaNames from 'china-area-data/v5/data.json';

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

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

/** True when a county name written in a file plausibly names the division (exactly, or with its province/prefecture before it). */
export function countyNameMatches(written: string, division: CountyDivision): boolean {
  const name = compact(written);
  const official = compact(division.county);
  return name === official || name.endsWith(official) || (name.length >= 2 && official.startsWith(name));
}
