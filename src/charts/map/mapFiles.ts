/**
 * The county boundary files under data/maps, by province code (the file name's first six digits): dropping in one
 * more file adds a province. Each is a URL, fetched only when a map is drawn, so the boundaries never weigh on
 * the first paint.
 */
const files = import.meta.glob<string>('../../../data/maps/*.geojson', { query: '?url', import: 'default' });

export const MAP_FILES: Readonly<Record<string, () => Promise<string>>> = Object.fromEntries(
  Object.entries(files).map(([path, load]) => [/(\d{6})[^/]*\.geojson$/.exec(path)?.[1] ?? path, load]),
);

/** Province codes (140000…) the map has county boundaries for. */
export const MAP_PROVINCES: readonly string[] = Object.keys(MAP_FILES).sort();

/** The province code of a county code: its first two digits, then zeros. */
export function provinceOf(countyCode: string): string {
  return `${countyCode.slice(0, 2)}0000`;
}

/**
 * The province the county map draws: of those with boundaries, the one holding most of the data's counties (the
 * first in code order on a tie, or when none is held); null when no province has boundaries at all.
 */
export function provinceToDraw(countyCodes: readonly string[], provinces: readonly string[] = MAP_PROVINCES): string | null {
  const counts = new Map<string, number>();
  for (const code of countyCodes) {
    const province = provinceOf(code);
    if (provinces.includes(province)) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? provinces[0] ?? null;
}
