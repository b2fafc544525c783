import { registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapContinuousComponent } from 'echarts/components';
import { MAP_FILES } from './mapFiles';
import type { CountyMap } from '../options/buildCountyMapChart';

// The map chart and its legend are registered here, in a module the page loads only when it draws a map.
use([MapChart, VisualMapContinuousComponent]);

const loading = new Map<string, Promise<CountyMap>>();

/** The name a province's county map is registered under. */
export function countyMapName(provinceCode: string): string {
  return `counties-${provinceCode}`;
}

interface CountyFeatures {
  features: { properties?: { county_code?: unknown; county?: unknown } }[];
}

/** Loads and registers a province's county boundaries once; resolves to the map's name and its counties' names. */
export function loadCountyMap(provinceCode: string): Promise<CountyMap> {
  let promise = loading.get(provinceCode);
  if (!promise) {
    const load = MAP_FILES[provinceCode];
    if (!load) return Promise.reject(new Error(`No county boundaries for province ${provinceCode}`));
    promise = load()
      .then((url) => fetch(url))
      .then((response) => {
        if (!response.ok) throw new Error(`The county boundaries could not be loaded (HTTP ${response.status}).`);
        return response.json() as Promise<CountyFeatures>;
      })
      .then((geoJson) => {
        const name = countyMapName(provinceCode);
        registerMap(name, geoJson as unknown as Parameters<typeof registerMap>[1]);
        const counties: Record<string, string> = {};
        for (const { properties } of geoJson.features) {
          const code = properties?.county_code;
          if (typeof code === 'string') counties[code] = typeof properties?.county === 'string' ? properties.county : code;
        }
        return { name, counties };
      });
    // A failed load may be tried again.
    promise.catch(() => loading.delete(provinceCode));
    loading.set(provinceCode, promise);
  }
  return promise;
}
