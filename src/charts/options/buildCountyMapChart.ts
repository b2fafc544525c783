import { formatList, formatNumber } from '../../i18n/format';
import { FONT_FAMILY, PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { escapeHtml } from '../commonOptions';

/** One county's figure for the map: null when the data has none (drawn as "no data", never as zero). */
export interface CountyMapValue {
  code: string;
  county: string;
  value: number | null;
}

/** The measure drawn: its label, unit and how many decimals its figures show. */
export interface CountyMapMeasure {
  label: string;
  unit: string;
  digits: number;
}

/** A province's registered county map: its name for the series, and its counties' names by code. */
export interface CountyMap {
  name: string;
  counties: Readonly<Record<string, string>>;
}

// Light to dark blue, so more is darker for every reader, colour-blind or printed in grey.
export const SEQUENTIAL = ['#deebf7', '#9ecae1', '#4292c6', '#08519c', '#08306b'];
/** A county without a figure: grey, and hatched as well (see NO_DATA_HATCH). */
export const NO_DATA = '#f2f2f2';
/** The height under the map kept for its legend. */
const MAP_LEGEND_ROOM = 48;
export const NO_DATA_HATCH = { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [1, 3], rotation: Math.PI / 4, color: '#b8b8b8' };

/**
 * The county map: each county of the province coloured by the measure, counties without a figure drawn as
 * "no data", and counties the data holds outside the map's province named in a note. Always carries the caption
 * that the boundaries are schematic.
 */
export function buildCountyMapChart(values: readonly CountyMapValue[], measure: CountyMapMeasure, map: CountyMap, { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.county-map.title', { measure: measure.label });
  const onMap = values.filter((entry) => entry.code in map.counties);
  const offMap = values.filter((entry) => !(entry.code in map.counties)).map((entry) => entry.county);
  const known = onMap.filter((entry): entry is CountyMapValue & { value: number } => entry.value !== null);
  const notes = [t('chart.county-map.schematic')];
  if (offMap.length > 0) notes.push(t('chart.county-map.offMap', { names: formatList(offMap, lang) }));
  const table = {
    columns: [t('table.county'), t('table.code'), measure.unit ? `${measure.label} (${measure.unit})` : measure.label],
    rows: values.map((entry) => [entry.county, entry.code, entry.value]),
  };
  const show = (value: number) => `${formatNumber(value, lang, measure.digits)}${measure.unit ? ` ${measure.unit}` : ''}`;
  const largest = known.reduce<(typeof known)[number] | null>((best, entry) => (best === null || entry.value > best.value ? entry : best), null);
  const description = largest
    ? t('chart.county-map.description', { measure: measure.label, count: known.length, county: largest.county, largest: show(largest.value) })
    : t('chart.county-map.descriptionEmpty', { measure: measure.label });
  const drawn = new Set(known.map((entry) => entry.code));
  const max = largest?.value ?? 0;
  const min = known.reduce((low, entry) => Math.min(low, entry.value), max);

  return {
    title,
    table,
    unit: measure.unit,
    notes,
    description,
    height: 520,
    option: {
      // The legend's figures in the page's font, as every other chart's text.
      textStyle: { fontFamily: FONT_FAMILY, color: PALETTE.text },
      tooltip: {
        trigger: 'item',
        confine: true,
        // Names come from the boundary file and the data: escaped, as every tooltip here is HTML.
        formatter: (params) => {
          const item = Array.isArray(params) ? params[0] : params;
          const code = String(item?.name ?? '');
          const name = map.counties[code] ?? code;
          const value = typeof item?.value === 'number' && Number.isFinite(item.value) ? show(item.value) : t('chart.county-map.noData');
          return `${escapeHtml(name)}<br/>${escapeHtml(measure.label)}: ${escapeHtml(value)}`;
        },
      },
      // The legend lies under the map, across, with the map's box ending above it: at the side of a phone's
      // full-width map it covered counties.
      visualMap: {
        type: 'continuous',
        orient: 'horizontal',
        min: min === max ? 0 : min,
        max: max === 0 ? 1 : max,
        left: 'center',
        bottom: 8,
        calculable: false,
        inRange: { color: SEQUENTIAL },
        // Across, the second text is at the low (left) end.
        text: [show(max), show(min === max ? 0 : min)],
        textStyle: { color: PALETTE.text },
        itemWidth: 12,
        itemHeight: 160,
      },
      series: [
        {
          type: 'map',
          map: map.name,
          top: 8,
          bottom: MAP_LEGEND_ROOM,
          nameProperty: 'county_code',
          roam: false,
          selectedMode: false,
          itemStyle: { areaColor: NO_DATA, borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: { label: { show: false }, itemStyle: { borderColor: PALETTE.text, borderWidth: 1.2 } },
          label: { show: false },
          data: [
            ...known.map((entry) => ({ name: entry.code, value: entry.value })),
            // No figure is hatched as well as grey, so it never reads as the palest blue (the smallest figure).
            ...Object.keys(map.counties)
              .filter((code) => !drawn.has(code))
              .map((code) => ({ name: code, value: Number.NaN, itemStyle: { areaColor: NO_DATA, decal: NO_DATA_HATCH } })),
          ],
        },
      ],
    },
  };
}
