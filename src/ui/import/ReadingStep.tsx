import { useEffect } from 'react';
import type { ImportStep } from '../../state/importQueue';
import { formatNumber, formatShare } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { loadImportReport } from './loadImportReport';

/** The file being read: how far, how many lines so far, and a way to stop; the report's code loads meanwhile. */
export function ReadingStep({ step, onNext }: { step: Extract<ImportStep, { kind: 'reading' }>; onNext: () => void }) {
  const { lang, t } = useI18n();
  useEffect(() => void loadImportReport(), []);
  const progress = step.progress;
  const share = progress && progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
  return (
    <section aria-labelledby="import-reading-title">
      <h2 id="import-reading-title" tabIndex={-1}>
        {t('upload.reading', { file: step.item.file.name })}
      </h2>
      <progress data-testid="import-progress" max={1} value={share} aria-label={t('upload.progress')} />
      <p role="status">
        {progress ? t('upload.progressDetail', { share: formatShare(share, lang), rows: formatNumber(progress.rowsRead, lang) }) : t('upload.starting')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="secondary-button" data-testid="import-cancel" onClick={onNext}>
          {t('report.cancel')}
        </button>
      </div>
    </section>
  );
}
