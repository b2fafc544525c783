/** The administrative level the summary table adds figures up to. */
export type AreaLevel = 'county' | 'prefecture' | 'province';

export const AREA_LEVELS: readonly AreaLevel[] = ['county', 'prefecture', 'province'];

/** Every level a figure can be stated for, from the whole country down. */
export type PlaceLevel = 'nation' | AreaLevel;

export const PLACE_LEVELS: readonly PlaceLevel[] = ['nation', 'province', 'prefecture', 'county'];

/**
 * The whole country's code. GB/T 2260 gives none; 100000 is the one China's map and statistics services use, and
 * no province code can be it (province codes start 11…65, 71, 81, 82).
 */
export const NATION_CODE = '100000';

/**
 * The level a GB/T 2260 code names, by its structure: xx0000 a province, xxxx00 a prefecture, any other a county
 * (county digits run 01…99, so a county code never ends in 00).
 */
export function levelOfCode(code: string): PlaceLevel {
  if (code === NATION_CODE) return 'nation';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

const DEPTH: Readonly<Record<PlaceLevel, number>> = { nation: 0, province: 1, prefecture: 2, county: 3 };

/** True when `level` lies below `above` (a county below its province). */
export function isBelow(level: PlaceLevel, above: PlaceLevel): boolean {
  return DEPTH[level] > DEPTH[above];
}

/** The level one step down: the country's provinces, a province's prefectures, a prefecture's counties; null below a county. */
export function levelBelow(level: PlaceLevel): PlaceLevel | null {
  return PLACE_LEVELS[DEPTH[level] + 1] ?? null;
}

/**
 * The code of the prefecture or province a county belongs to, by the structure of GB/T 2260 codes: the first four
 * digits name the prefecture, the first two the province (140923 → 140900 → 140000). Read from the code, not the
 * national list, so the page never loads the list (the worker attaches the names on import). A code above the
 * level asked for is its own answer (a province has no prefecture).
 */
export function areaCode(countyCode: string, level: PlaceLevel): string {
  if (level === 'nation') return NATION_CODE;
  if (!isBelow(levelOfCode(countyCode), level)) return countyCode;
  if (level === 'prefecture') return `${countyCode.slice(0, 4)}00`;
  if (level === 'province') return `${countyCode.slice(0, 2)}0000`;
  return countyCode;
}

/** True when the place `code` lies in `area` or is it (every place lies in the nation). */
export function liesIn(code: string, area: string): boolean {
  const level = levelOfCode(area);
  if (level === 'nation') return true;
  if (code === area) return true;
  return isBelow(levelOfCode(code), level) && areaCode(code, level) === area;
}

/** The places from the nation down to `code` (100000 → 140000 → 140900 → 140923), the path a breadcrumb shows. */
export function pathTo(code: string): string[] {
  const level = levelOfCode(code);
  return PLACE_LEVELS.slice(0, DEPTH[level] + 1).map((above) => areaCode(code, above));
}
