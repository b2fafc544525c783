import type { AreaLevel } from '../data/aggregate/areaLevel';
import type { CountySummary } from '../data/aggregate/summarise';
import type { MessageKey, Translate } from '../i18n/translate';
import { sharePercent } from '../i18n/format';
import { TABLE_MEASURES, type MeasureDefinition } from './measures';

/** The header of the table's first column, naming what a row is. */
export const NAME_COLUMN: Readonly<Record<AreaLevel, MessageKey>> = { county: 'table.county', prefecture: 'table.prefecture', province: 'table.province' };

/** The header of the column naming the area a row belongs to; a province belongs to none the table shows. */
export const PARENT_COLUMN: Readonly<Record<AreaLevel, MessageKey | null>> = { county: 'table.prefecture', prefecture: 'table.province', province: null };

const CODE_COLUMN: Readonly<Record<AreaLevel, MessageKey>> = { county: 'table.code', prefecture: 'table.areaCode', province: 'table.areaCode' };

/** The name of the area a row belongs to: a county's prefecture, a prefecture's province. */
export function parentName(row: CountySummary): string | null {
  if (row.level === 'county') return row.prefecture;
  return row.level === 'prefecture' ? row.province : null;
}

/**
 * The summary table as shown, for export: one row per county (or prefecture, or province) in the table's order,
 * counts and rates unrounded, shares in per cent to one decimal as the page writes them, unknown figures left
 * blank (never 0).
 */
export function countyTableRows(
  rows: readonly CountySummary[],
  t: Translate,
  level: AreaLevel = 'county',
): { columns: string[]; rows: (string | number | null)[][] } {
  const parent = PARENT_COLUMN[level];
  return {
    columns: [
      t(NAME_COLUMN[level]),
      t(CODE_COLUMN[level]),
      ...(parent ? [t(parent)] : []),
      // A share's column says its unit: the figure is in per cent.
      ...TABLE_MEASURES.map((measure) => (measure.format === 'share' ? `${t(measure.label)} (%)` : t(measure.label))),
      t('table.periods'),
    ],
    rows: rows.map((row) => [
      row.county,
      row.county_code,
      ...(parent ? [parentName(row)] : []),
      ...TABLE_MEASURES.map((measure) => writtenFigure(measure, row)),
      row.periods.join(', '),
    ]),
  };
}

function writtenFigure(measure: MeasureDefinition, row: CountySummary): number | null {
  if (measure.format !== 'share') return measure.read(row);
  const share = measure.stated(row).value;
  return share === null ? null : sharePercent(share);
}
