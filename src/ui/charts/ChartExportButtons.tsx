import { useState } from 'react';
import type { ChartSpec } from '../../charts/chartOption';
import { chartExportLabels, exportMetadata, exportStem, figuresCsv } from '../../charts/export/exportLabels';
import { downloadBlob, downloadText } from '../common/download';
import { svgToPng } from './svgToPng';
import { useI18n } from '../common/I18nContext';

/** Which data an export comes from: the dataset (for file names), the counties chosen (none = all) and the area by name. */
export interface ExportScope {
  dataset: string;
  counties: readonly string[];
  area: string;
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

/**
 * PNG, SVG and CSV of one chart. Images carry the title, counties, period, unit, sources, the synthetic
 * warning and the date; the CSV holds the figures drawn under the same labels as metadata rows, with a column saying
 * so when they are synthetic; file names say chart, dataset and period.
 */
export function ChartExportButtons({ name, spec, synthetic, sources, period, scope }: ChartExportButtonsProps) {
  const { lang, t } = useI18n();
  const [failed, setFailed] = useState(false);
  const stem = exportStem(name, scope.dataset, period);

  const context = () => ({ unit: spec.unit, sources, synthetic, period, counties: scope.counties, date: new Date() });
  const renderSvg = async () => {
    const option = spec.option;
    if (!option) throw new Error('nothing to draw');
    // The export code (and the title component it registers) loads only when someone exports.
    const [{ exportOption }, { renderChartSvg }] = await Promise.all([
      import('../../charts/export/exportOption'),
      import('../../charts/export/renderChartSvg'),
    ]);
    const labels = chartExportLabels(context(), lang, t);
    const layout = exportOption({ ...spec, option }, labels);
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
        onClick={run(() => Promise.resolve(downloadText(`${stem}.csv`, figuresCsv(spec.table, exportMetadata(context(), spec.title, scope.area, t), t))))}
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
