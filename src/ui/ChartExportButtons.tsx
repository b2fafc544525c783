import { useState } from 'react';
import type { ChartSpec } from '../charts/chartOption';
import { tableCsv } from '../data/export/tableCsv';
import { downloadBlob, downloadText } from './download';
import { svgToPng } from './svgToPng';
import { useI18n } from './I18nContext';
import { formatList, joinSources } from '../i18n/format';

/** Which data an export comes from: the dataset (for file names) and the counties chosen (none = all). */
export interface ExportScope {
  dataset: string;
  counties: readonly string[];
}

interface ChartExportButtonsProps {
  name: string;
  spec: ChartSpec;
  synthetic: boolean;
  sources: readonly string[];
  /** The years the chart's rows cover, for the image's subtitle and the file names (e.g. 2016-2020). */
  period: string;
  scope: ExportScope;
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
function localDate(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * PNG, SVG and CSV of one chart. Images carry the title, counties, period, unit, sources, the synthetic
 * warning and the date; the CSV holds the figures drawn, with a column saying so when they are synthetic;
 * file names say chart, dataset and period.
 */
export function ChartExportButtons({ name, spec, synthetic, sources, period, scope }: ChartExportButtonsProps) {
  const { lang, t } = useI18n();
  const [failed, setFailed] = useState(false);
  const stem = `${name}_${scope.dataset}_${period || 'all'}`;

  const renderSvg = async () => {
    const option = spec.option;
    if (!option) throw new Error('nothing to draw');
    // The export code (and the title component it registers) loads only when someone exports.
    const [{ exportOption }, { renderChartSvg }] = await Promise.all([import('../charts/export/exportOption'), import('../charts/export/renderChartSvg')]);
    const footer = [
      t('chart.source', { sources: sources.length > 0 ? joinSources(sources, lang) : t('export.noSource') }),
      ...(synthetic ? [t('export.synthetic')] : []),
      t('export.madeWith', { date: localDate() }),
    ];
    const where = scope.counties.length > 0 ? `${formatList(scope.counties, lang)} · ` : '';
    const subtitle = where + t('export.subtitle', { period: period || t('export.allPeriods'), unit: spec.unit });
    const layout = exportOption({ ...spec, option }, { subtitle, footer });
    return { svg: renderChartSvg(layout.option, layout.width, layout.height), width: layout.width, height: layout.height };
  };

  const run = (job: () => Promise<void>) => () => {
    setFailed(false);
    job().catch(() => setFailed(true));
  };

  return (
    <div className="export-buttons" role="group" aria-label={t('export.label', { chart: spec.title })}>
      <button
        type="button"
        className="link-button"
        data-testid="export-png"
        disabled={!spec.option}
        onClick={run(async () => {
          const { svg, width, height } = await renderSvg();
          downloadBlob(`${stem}.png`, await svgToPng(svg, width, height, 2));
        })}
      >
        PNG
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="export-svg"
        disabled={!spec.option}
        onClick={run(async () => downloadText(`${stem}.svg`, (await renderSvg()).svg, 'image/svg+xml;charset=utf-8'))}
      >
        SVG
      </button>
      <button
        type="button"
        className="link-button"
        data-testid="export-csv"
        onClick={run(() => {
          const { columns, rows } = spec.table;
          // Synthetic figures say so on every row, so a pasted extract cannot pass for real data.
          const csv = synthetic
            ? tableCsv(
                [...columns, t('synthetic.badge')],
                rows.map((row) => [...row, t('export.syntheticCell')]),
              )
            : tableCsv(columns, rows);
          return Promise.resolve(downloadText(`${stem}.csv`, csv));
        })}
      >
        CSV
      </button>
      {failed && (
        <span role="alert" className="problem-error">
          {t('export.failed')}
        </span>
      )}
      <span className="visually-hidden">{t('export.hint')}</span>
    </div>
  );
}
