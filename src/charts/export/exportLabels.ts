import type { ChartTable } from '../chartOption';
import type { ExportLabels } from './exportOption';
import type { ExportMetadata } from '../../data/export/csvMetadata';
import type { WorkbookLabels } from '../../data/export/tableXlsx';
import { tableCsv } from '../../data/export/tableCsv';
import { formatList, joinSources } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n/translate';

/** What an exported chart is of: its figures' provenance and the slice of the data it shows. */
export interface ChartExportContext {
  unit: string;
  sources: readonly string[];
  synthetic: boolean;
  /** The years the chart's rows cover (e.g. 2016-2020); empty when they are not known. */
  period: string;
  /** The counties chosen; none means all. */
  counties: readonly string[];
  /** The day the image is made, in the reader's time zone. */
  date: Date;
}

/** A day as YYYY-MM-DD in the reader's own time zone (toISOString would give the UTC day). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * The lines an exported image carries besides the chart: the counties, period and unit above; the sources, the
 * synthetic-data warning where it applies, and who made it when below.
 */
export function chartExportLabels(chart: ChartExportContext, lang: Lang, t: Translate): ExportLabels {
  const where = chart.counties.length > 0 ? `${formatList(chart.counties, lang)} · ` : '';
  return {
    subtitle: where + t('export.subtitle', { period: chart.period || t('export.allPeriods'), unit: chart.unit }),
    footer: [
      t('chart.source', { sources: chart.sources.length > 0 ? joinSources(chart.sources, lang) : t('export.noSource') }),
      ...(chart.synthetic ? [t('export.synthetic')] : []),
      t('export.madeWith', { date: localDay(chart.date) }),
    ],
  };
}

/** The stem of an exported file's name: chart, dataset and period, so a folder of exports sorts and says what each is. */
export function exportStem(chart: string, dataset: string, period: string): string {
  return `${chart}_${dataset}_${period || 'all'}`;
}

/** The metadata an exported file carries: the image's labels, as lines a script can read. */
export function exportMetadata(chart: ChartExportContext, title: string, area: string, t: Translate): ExportMetadata {
  return {
    title,
    area,
    period: chart.period || t('export.allPeriods'),
    unit: chart.unit,
    sources: chart.sources.length > 0 ? chart.sources : [t('export.noSource')],
    exported: localDay(chart.date),
    synthetic: chart.synthetic ? t('export.synthetic') : null,
  };
}

/**
 * A table of figures as CSV under its metadata; synthetic figures also say so on every row, so a pasted extract
 * cannot pass for real data.
 */
export function figuresCsv({ columns, rows }: ChartTable, meta: ExportMetadata, t: Translate): string {
  return meta.synthetic === null
    ? tableCsv(columns, rows, meta)
    : tableCsv(
        [...columns, t('synthetic.badge')],
        rows.map((row) => [...row, t('export.syntheticCell')]),
        meta,
      );
}

/** The words an exported workbook needs besides its figures: its second sheet's name and row headings. */
export function workbookLabels(t: Translate): WorkbookLabels {
  const keys = ['title', 'area', 'period', 'unit', 'source', 'exported', 'synthetic'] as const;
  return {
    aboutSheet: t('export.aboutSheet'),
    keys: Object.fromEntries(keys.map((key) => [key, t(`export.key.${key}`)])),
    syntheticColumn: t('synthetic.badge'),
    syntheticCell: t('export.syntheticCell'),
  };
}
