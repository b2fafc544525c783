import { useEffect, useRef, useState } from 'react';
import { DATASETS } from '../../data/schema';
import type { CountingChoices, ImportResult } from '../../data/finishImport';
import { alreadyApplied, type ApplyMode } from '../../data/uploads/applyUpload';
import type { StoredTables } from '../../data/store/uploadStore';
import { summariseImport } from '../../data/export/importSummary';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { focusStepHeading } from './focusStepHeading';
import { CountingReport } from './CountingReport';
import { ImportFacts } from './ImportFacts';
import { ApplyControls } from './ApplyControls';
import { ImportPreview } from './ImportPreview';
import { ProblemList } from './ProblemList';
import { ColumnMappingPanel } from './ColumnMappingPanel';
import type { ColumnMapping } from '../../data/columnMapping';
import { RejectedDownloads } from './RejectedDownloads';

interface ImportReportProps {
  result: ImportResult;
  applyBlocked: string | null;
  /** The uploads applied so far: appending a file among them again would count it twice. */
  applied: StoredTables;
  onApply: (mode: ApplyMode) => void;
  onRecount: (choices: CountingChoices) => void;
  onMapColumns: (mapping: ColumnMapping) => void;
  onClearMappings: () => void;
  onCancel: () => void;
}

/** What an import found, before anything on the page changes: counts, a preview, every problem by line, apply or cancel. */
export function ImportReport({ result, applyBlocked, applied, onApply, onRecount, onMapColumns, onClearMappings, onCancel }: ImportReportProps) {
  const { lang, t } = useI18n();
  // Loaded on demand, the report arrives after the dialog's own step change: it takes the focus itself if it was lost.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusStepHeading(heading.current), []);
  const [mode, setMode] = useState<ApplyMode>('replace');
  const summary = summariseImport(result);
  const sameFile = alreadyApplied(result, applied[result.datasetId]);
  const appendBlocked = mode === 'append' && sameFile !== null;
  const spec = DATASETS[result.datasetId];

  return (
    <section className="import-report" data-testid="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title" ref={heading} tabIndex={-1}>
        {t('report.title', { file: result.fileName })}
      </h2>
      <ImportFacts result={result} summary={summary} />

      <ImportPreview result={result} />

      <ColumnMappingPanel result={result} onMapColumns={onMapColumns} onClearMappings={onClearMappings} />
      <ProblemList result={result} />
      <RejectedDownloads result={result} />

      {summary.householdRows > 0 && (
        <p className="chart-note" data-testid="import-households">
          {t('report.households', { rows: formatNumber(summary.householdRows, lang), groups: formatNumber(summary.householdGroups, lang) })}
        </p>
      )}
      <CountingReport result={result} onRecount={onRecount} />
      <ApplyControls
        mode={mode}
        onMode={setMode}
        replaceLabel={t('report.replace', { dataset: spec.title[lang] })}
        applyLabel={t('report.apply', { count: formatNumber(result.rowsAccepted, lang) })}
        disabled={result.rowsAccepted === 0 || applyBlocked !== null || appendBlocked}
        onApply={() => onApply(mode)}
        onCancel={onCancel}
      >
        {result.rowsAccepted === 0 && <p className="problem-error">{t('report.nothingToApply')}</p>}
        {sameFile && (
          <p className={appendBlocked ? 'problem-error' : 'chart-note'} data-testid="import-already-applied">
            {t('report.alreadyApplied', { file: sameFile.fileName, date: formatDateTime(sameFile.appliedAt, lang) })}
          </p>
        )}
        {applyBlocked && <p className="problem-error">{applyBlocked}</p>}
      </ApplyControls>
    </section>
  );
}
