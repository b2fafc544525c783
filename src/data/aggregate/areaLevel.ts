/** The administrative level the summary table adds figures up to. */
export type AreaLevel = 'county' | 'prefecture' | 'province';

export const AREA_LEVELS: readonly AreaLevel[] = ['county', 'prefecture', 'province'];

/**
 * The code of the prefecture or province a county belongs to, by the structure of GB/T 2260 codes: the first four
 * digits name the prefecture, the first two the province (140923 → 140900 → 140000). Read from the code, not the
 * national list, so the page never loads the list (the worker attaches the names on import).
 */
export function areaCode(countyCode: string, level: AreaLevel): string {
  if (level === 'prefecture') return `${countyCode.slice(0, 4)}00`;
  if (level === 'province') return `${countyCode.slice(0, 2)}0000`;
  return countyCode;
}
