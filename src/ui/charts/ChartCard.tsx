import type { ReactNode } from 'react';
import { useDisclosure } from '../hooks/useDisclosure';
import type { ChartSpec } from '../../charts/chartOption';
import { EChart } from './EChart';
import { ChartDataTable } from './ChartDataTable';
import { ChartExportButtons, type ExportScope } from './ChartExportButtons';
import { SyntheticBadge } from '../provenance/SyntheticBadge';
import { useI18n } from '../common/I18nContext';
import { joinSources } from '../../i18n/format';

interface ChartCardProps {
  name: string;
  spec: ChartSpec;
  synthetic: boolean;
  sources: readonly string[];
  /** Controls shown beside the title, such as a measure picker. */
  controls?: ReactNode;
  /** Shown at the foot of the card, such as the embed code. */
  children?: ReactNode;
  /** The years the chart's rows cover (e.g. 2016-2020), for exported images and file names. */
  period: string;
  /** Which data the exports come from: the dataset for file names, the chosen counties for the subtitle. */
  exportScope: ExportScope;
  /** Called with the name of the data item clicked (a county's code on the map). */
  onItemClick?: (name: string) => void;
}

const MOST_SOURCES_SHOWN = 3;

/** A chart with its title, notes and source line; says so when there is nothing to draw. */
export function ChartCard({ name, spec, synthetic, sources, controls, period, exportScope, children, onItemClick }: ChartCardProps) {
  const { lang, t } = useI18n();
  const titleId = `chart-title-${name}`;
  const table = useDisclosure(`chart-table-${name}`);
  const showTable = table.open;
  return (
    <section className="chart-card" data-testid={`chart-${name}`} aria-labelledby={titleId}>
      <div className="chart-heading">
        <h3 id={titleId}>{spec.title}</h3>
        {synthetic && <SyntheticBadge />}
        {controls}
      </div>
      {spec.statement ? (
        <p className="chart-statement" data-testid="area-statement">
          <span className="statement-area">{spec.statement.area}</span>
          <strong className="statement-value">{spec.statement.value}</strong>
          <span className="statement-unit">{spec.unit}</span>
          {period && <span className="statement-period">{t('kpi.period', { period })}</span>}
        </p>
      ) : spec.option ? (
        <EChart option={spec.option} height={spec.height} label={`${spec.title}. ${spec.description}`} onItemClick={onItemClick} />
      ) : (
        <p className="chart-empty" role="status">
          {t('chart.empty')}
        </p>
      )}
      {showTable && <ChartDataTable id={table.panelId} caption={spec.unit ? `${spec.title} (${spec.unit})` : spec.title} table={spec.table} />}
      {spec.notes.map((note) => (
        <p key={note} className="chart-note">
          {note}
        </p>
      ))}
      {sources.length > 0 && sources.length <= MOST_SOURCES_SHOWN && (
        <p className="chart-source">{t('chart.source', { sources: joinSources(sources, lang) })}</p>
      )}
      {sources.length > MOST_SOURCES_SHOWN && (
        // A national chart stands on dozens of sources: two are named, the rest a tap away, the export carries all.
        <details className="chart-source">
          <summary>{t('chart.sourceMore', { sources: joinSources(sources.slice(0, 2), lang), count: sources.length - 2 })}</summary>
          <p>{joinSources(sources.slice(2), lang)}</p>
        </details>
      )}
      <div className="chart-actions">
        <button type="button" className="link-button table-toggle" data-testid="toggle-table" {...table.buttonProps}>
          {showTable ? t('chart.hideTable') : t('chart.showTable')}
          {/* Eight buttons all called "Table" would not say which chart's; the name does, the screen stays short. */}
          <span className="visually-hidden">{t('chart.whichChart', { chart: spec.title })}</span>
        </button>
        <ChartExportButtons name={name} spec={spec} synthetic={synthetic} sources={sources} period={period} scope={exportScope} />
        {children}
      </div>
    </section>
  );
}
