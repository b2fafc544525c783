import { DATASETS } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { ImportSummary } from '../../data/export/importSummary';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';

/** The facts an import report leads with: the dataset, how the file was read, and how many lines went where. */
export function ImportFacts({ result, summary }: { result: ImportResult; summary: ImportSummary }) {
  const { lang, t } = useI18n();
  const spec = DATASETS[result.datasetId];
  return (
    <dl className="report-facts">
      <div>
        <dt>{t('report.dataset')}</dt>
        <dd data-testid="import-dataset">{spec.title[lang]}</dd>
      </div>
      {result.sheet === undefined ? (
        <>
          <div>
            <dt>{t('report.encoding')}</dt>
            <dd data-testid="import-encoding">{result.encoding.toUpperCase()}</dd>
          </div>
          <div>
            <dt>{t('report.delimiter')}</dt>
            <dd>{result.delimiter === '\t' ? t('report.tab') : result.delimiter}</dd>
          </div>
        </>
      ) : (
        <div>
          <dt>{t('report.sheet')}</dt>
          <dd data-testid="import-sheet">{result.sheet}</dd>
        </div>
      )}
      <div>
        <dt>{t('report.rowsRead')}</dt>
        <dd data-testid="import-rows-read">{formatNumber(summary.rowsRead, lang)}</dd>
      </div>
      <div>
        <dt>{t('report.rowsAccepted')}</dt>
        <dd data-testid="import-rows-accepted">{formatNumber(summary.rowsAccepted, lang)}</dd>
      </div>
      <div>
        <dt>{t('report.rowsRejected')}</dt>
        <dd data-testid="import-rows-rejected">{formatNumber(summary.rowsRejected, lang)}</dd>
      </div>
      <div>
        <dt>{t('report.rowsWithWarnings')}</dt>
        <dd>{formatNumber(summary.rowsWithWarnings, lang)}</dd>
      </div>
      <div>
        <dt>{t('report.subtotals')}</dt>
        <dd data-testid="import-subtotals">
          {summary.subtotalRows === 0
            ? t('report.noSubtotals')
            : t(summary.subtotalsAgree ? 'report.subtotalsAgree' : 'report.subtotalsDisagree', { count: summary.subtotalRows })}
        </dd>
      </div>
    </dl>
  );
}
