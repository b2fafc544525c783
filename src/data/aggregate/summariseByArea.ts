import type { Dataset } from '../types';
import { areaCode, type AreaLevel } from './areaLevel';
import { splitByPlace, summarise, summariseByCounty, type CountySummary } from './summarise';

/**
 * One summary per county, prefecture or province. A prefecture or province is summarised from its counties'
 * records as one set, so counts are sums, shares are Σ part ÷ Σ whole, the income gain stays weighted by
 * households and per-resident figures divide summed figures by summed populations — never an average of
 * the counties' own ratios.
 */
export function summariseByArea(data: Dataset, level: AreaLevel): CountySummary[] {
  if (level === 'county') return summariseByCounty(data);
  return splitByPlace(data, (code) => areaCode(code, level)).map(({ code, data: subset, first }) => {
    const province = first?.province ?? null;
    const prefecture = level === 'prefecture' ? (first?.prefecture ?? null) : null;
    return { level, county_code: code, county: (level === 'prefecture' ? prefecture : province) ?? code, prefecture, province, ...summarise(subset) };
  });
}
