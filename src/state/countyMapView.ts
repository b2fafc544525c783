import { MAP_PROVINCES, provinceOf } from '../charts/map/mapFiles';
import { NATION_CODE } from '../data/aggregate/areaLevel';
import type { PlaceSummary } from '../data/aggregate/summariseChildren';
import type { FilteredFigures } from './buildDashboard';

/** The county map of a view: the counties it colours, and whether a tap on one drills into it or opens its detail. */
export interface CountyMapView {
  counties: readonly PlaceSummary[];
  /** True where the table lists prefectures: a county is then a drill away, as a province is on the tile map. */
  drills: boolean;
}

/**
 * Where the county map is drawn: wherever counties are listed in a province with boundary files (or, for a file of
 * counties, at the nation), and at such a province itself, its known counties coloured while its table lists
 * prefectures. Null where no county outlines exist for the area: another province's map would be a wrong one.
 */
export function countyMapOf(
  figures: Pick<FilteredFigures, 'area' | 'childLevel' | 'byCounty' | 'countiesWithin'>,
  provinces: readonly string[] = MAP_PROVINCES,
): CountyMapView | null {
  const { area, childLevel, byCounty, countiesWithin } = figures;
  if (area === NATION_CODE) {
    const drawable = childLevel === 'county' && byCounty.some((county) => provinces.includes(provinceOf(county.county_code)));
    return drawable ? { counties: byCounty, drills: false } : null;
  }
  if (!provinces.includes(provinceOf(area))) return null;
  if (childLevel === 'county') return { counties: byCounty, drills: false };
  return countiesWithin.length > 0 ? { counties: countiesWithin, drills: true } : null;
}
