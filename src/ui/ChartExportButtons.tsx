import { useState } from 'react';
import type { ChartSpec } from '../charts/chartOption';
import { tableCsv } from '../data/export/tableCsv';
import { downloadBlob, downloadText } from './download';
import { svgToPng } from './svgToPng';
import { useI18n } from './I18nContext';

interface ChartExportButtonsProps {
  name: string;
  spec: ChartSpec;
  synthetic: boolean;
  sources: readonly string[];
  /** The period shown, for the image's subtitle and the file names (e.g. 2016-2020). */
  period: string;
}

/** PNG, SVG and CSV of one chart, each carrying its title, unit, period and sources (and the synthetic warning). */
export function ChartExportButtons({ name, spec, synthetic, sources, period }: ChartExportButtonsProps) {
  const { lang, t } = useI18n();
  const [failed, setFailed] = useState(false);
  const stem = `${name}_${period || 'all'}`;

  const renderSvg = async () => {
    const option = spec.option;
    if (!option) throw new Error('nothing to draw');
    // The export code (and the title component it registers) loads only when someone exports.
    const [{ exportOption }, { renderChartSvg }] = await Promise.all([import('../charts/export/exportOption'), import('../charts/export/renderChartSvg')]);
    const today = new Date().toISOString().slice(0, 10);
    const footer = [
      t('chart.source', { sources: sources.join('；') || t('kpi.unknown') }),
      ...(synthetic ? [t('export.synthetic')] : []),
      t('export.madeWith', { date: today }),
    ];
    const layout = exportOption({ ...spec, option }, { subtitle: t('export.subtitle', { period: period || t('export.allPeriods'), unit: spec.unit }), footer });
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
        onClick={run(() => Promise.resolve(downloadText(`${stem}.csv`, tableCsv(spec.table.columns, spec.table.rows))))}
      >
        CSV
      </button>
      {failed && (
        <span role="alert" className="problem-error">
          {t('export.failed')}
        </span>
      )}
      <span className="visually-hidden" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        {t('export.hint')}
      </span>
    </div>
  );
}
