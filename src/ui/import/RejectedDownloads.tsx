import type { ImportResult } from '../../data/finishImport';
import { rejectedLinesCsv } from '../../data/export/rejectedLinesCsv';
import { describeProblem } from '../../i18n/columnLabel';
import { downloadBlob, downloadText } from '../common/download';
import { useI18n } from '../common/I18nContext';

/** The rejected lines with their reasons, to fix and upload again: as CSV, and as a workbook. */
export function RejectedDownloads({ result }: { result: ImportResult }) {
  const { lang, t } = useI18n();
  if (result.rejected.length === 0) return null;
  const describe = (problem: ImportResult['problems'][number]) => describeProblem(problem, result.datasetId, lang);
  const labels = { line: t('report.line'), reason: t('report.reason') };
  const base = `${result.fileName.replace(/\.[^.]+$/, '')}${result.sheet === undefined ? '' : `-${result.sheet}`}-rejected-lines`;
  return (
    <div className="report-downloads">
      <button
        type="button"
        className="secondary-button"
        data-testid="import-download-rejected"
        onClick={() => downloadText(`${base}.csv`, rejectedLinesCsv(result, describe, labels))}
      >
        {t('report.downloadRejected', { count: result.rejected.length })}
      </button>
      <button
        type="button"
        className="secondary-button"
        data-testid="import-download-rejected-xlsx"
        onClick={() => {
          // The workbook writer is loaded only when a workbook is asked for.
          void import('../../data/export/rejectedLinesXlsx')
            .then(({ rejectedLinesXlsx }) => rejectedLinesXlsx(result, describe, { ...labels, sheet: t('report.rejectedSheet') }))
            .then((blob) => downloadBlob(`${base}.xlsx`, blob));
        }}
      >
        {t('report.downloadRejectedXlsx')}
      </button>
    </div>
  );
}
