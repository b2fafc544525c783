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
