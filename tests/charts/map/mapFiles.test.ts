import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lookupCounty } from '../../../src/data/adminDivisions';
import { MAP_FILES, MAP_PROVINCES, provinceOf, provinceToDraw } from '../../../src/charts/map/mapFiles';

const MAPS = fileURLToPath(new URL('../../../data/maps/', import.meta.url));
const geoJsonFiles = readdirSync(MAPS).filter((name) => name.endsWith('.geojson'));

interface Feature {
  properties: { county_code: string; county: string; prefecture: string };
}

describe('the county boundary files in data/maps', () => {
  it('are each found by the map, under the province code their name starts with', () => {
    expect(MAP_PROVINCES).toEqual(geoJsonFiles.map((name) => name.slice(0, 6)).sort());
    for (const code of MAP_PROVINCES) expect(typeof MAP_FILES[code]).toBe('function');
  });

  it.each(geoJsonFiles)('%s: every county is one the national code list knows, in the file’s province, named as the list names it', (name) => {
    const { features } = JSON.parse(readFileSync(`${MAPS}${name}`, 'utf8')) as { features: Feature[] };
    expect(features.length).toBeGreaterThan(0);
    const codes = features.map((feature) => feature.properties.county_code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const { properties } of features) {
      const division = lookupCounty(properties.county_code);
      expect(division, properties.county_code).not.toBeNull();
      expect(provinceOf(properties.county_code)).toBe(name.slice(0, 6));
      expect(division?.county).toBe(properties.county);
      expect(division?.prefecture).toBe(properties.prefecture);
    }
  });

  it('holds Shanxi’s 117 county-level units, Dai County among them', () => {
    const shanxi = geoJsonFiles.find((name) => name.startsWith('140000'))!;
    const { features } = JSON.parse(readFileSync(`${MAPS}${shanxi}`, 'utf8')) as { features: Feature[] };
    expect(features).toHaveLength(117);
    expect(features.some((feature) => feature.properties.county_code === '140923')).toBe(true);
  });
});

describe('provinceToDraw', () => {
  it('draws the province with boundaries that holds most of the data’s counties', () => {
    expect(provinceToDraw(['140923', '410101', '410102'], ['140000', '410000'])).toBe('410000');
  });

  it('leaves out counties of provinces without boundaries, and takes the first province on a tie', () => {
    expect(provinceToDraw(['520101', '520102', '140923', '410101'], ['140000', '410000'])).toBe('140000');
  });

  it('falls back to the first province with boundaries when the data holds none, and to none without boundaries', () => {
    expect(provinceToDraw(['520101'], ['140000'])).toBe('140000');
    expect(provinceToDraw(['140923'], [])).toBeNull();
  });
});
