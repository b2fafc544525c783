import areaNames from 'china-area-data/v5/data.json';
import { describe, expect, it } from 'vitest';
import { buildProvinceTileChart } from '../../../src/charts/options/buildProvinceTileChart';
import { PROVINCE_TILES, TILE_COLS, TILE_ROWS } from '../../../src/charts/map/provinceTiles';
import { context } from '../factories';
import { formatLarge } from '../../../src/i18n/format';

const zh = context('zh');
const MEASURE = { label: '搬迁人口', unit: '人', digits: 0 };

type Square = { name: string; value: [number, number, number] };
const squaresOf = (spec: ReturnType<typeof buildProvinceTileChart>, series: number) =>
  ((spec.option as { series: { data: Square[] }[] }).series[series]?.data ?? []).map((square) => square.name);

describe('the province tile map', () => {
  it('has a square for every provincial-level division of the national list, each in a place of its own on the grid', () => {
    const provinces = Object.keys((areaNames as Record<string, Record<string, string>>)['86'] ?? {}).sort();
    expect(PROVINCE_TILES.map((tile) => tile.code).sort()).toEqual(provinces);
    const places = new Set(PROVINCE_TILES.map((tile) => `${tile.row},${tile.col}`));
    expect(places.size).toBe(PROVINCE_TILES.length);
    for (const tile of PROVINCE_TILES) {
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(TILE_ROWS);
      expect(tile.col).toBeGreaterThanOrEqual(0);
      expect(tile.col).toBeLessThan(TILE_COLS);
    }
  });

  it('keeps the rough shape of the country: the north-east above and right of the south-west', () => {
    const at = (code: string) => PROVINCE_TILES.find((tile) => tile.code === code)!;
    expect(at('230000').row).toBeLessThan(at('460000').row);
    expect(at('650000').col).toBeLessThan(at('310000').col);
    expect(at('140000').col).toBeLessThan(at('130000').col);
  });

  it('colours the provinces with a figure, and draws every other one apart as having none, never as 0', () => {
    const spec = buildProvinceTileChart(
      [
        { code: '140000', county: '山西省', value: 472_000 },
        { code: '520000', county: '贵州省', value: 1_880_000 },
        { code: '130000', county: '河北省', value: null },
      ],
      MEASURE,
      zh,
    );
    expect(squaresOf(spec, 0).sort()).toEqual(['140000', '520000']);
    expect(squaresOf(spec, 1)).toHaveLength(PROVINCE_TILES.length - 2);
    expect(squaresOf(spec, 1)).toContain('130000');
    expect(spec.notes).toEqual([zh.t('chart.province-tiles.schematic')]);
    expect(spec.table.rows.find((row) => row[1] === '520000')).toEqual(['贵州省', '520000', 1_880_000]);
    expect(spec.table.rows.find((row) => row[1] === '130000')?.[2]).toBeNull();
  });

  it('writes each square’s short name and figure, 万 in Chinese so it fits a phone’s square', () => {
    const spec = buildProvinceTileChart([{ code: '520000', county: '贵州省', value: 1_880_000 }], MEASURE, zh);
    const label = (spec.option as { series: { label: { formatter: (params: { name: string }) => string } }[] }).series[0]!.label;
    expect(label.formatter({ name: '520000' })).toBe(`贵州\n${formatLarge(1_880_000, 'zh')}`);
    expect(label.formatter({ name: '130000' })).toBe('河北\n—');
  });

  it('says when no province has the figure', () => {
    const spec = buildProvinceTileChart([], MEASURE, zh);
    expect(spec.description).toBe(zh.t('chart.province-tiles.descriptionEmpty', { measure: MEASURE.label }));
    expect(squaresOf(spec, 0)).toEqual([]);
  });
});
