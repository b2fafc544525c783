import { lazy, Suspense, useEffect, useRef } from 'react';
import type { DatasetId } from '../../data/schema';
import type { ApplyMode } from '../../data/uploads/applyUpload';
import type { CountingChoices, ImportResult } from '../../data/finishImport';
import type { ImportStep } from '../../state/importQueue';
import type { StoredTables } from '../../data/store/uploadStore';
import { useI18n } from '../common/I18nContext';
import { FailureReason } from './FailureReason';
import { loadImportReport } from './loadImportReport';
import { focusStepHeading } from './focusStepHeading';
import { ReadingStep } from './ReadingStep';
import { DatasetQuestion } from './DatasetQuestion';
import type { ColumnMapping } from '../../data/columnMapping';

const ImportReport = lazy(loadImportReport);
const WorkbookReport = lazy(() => import('./WorkbookReport').then((module) => ({ default: module.WorkbookReport })));

interface ImportDialogProps {
  step: ImportStep;
  waiting: number;
  onChooseDataset: (datasetId: DatasetId) => void;
  /** Names the dataset of one sheet of a workbook. */
  onChooseSheetDataset: (sheet: string, datasetId: DatasetId) => void;
  /** Why Apply cannot be used yet (the page's own data is still loading or failed), or null. */
  applyBlocked: string | null;
  /** The uploads applied so far, so the report can say when a file is among them. */
  applied: StoredTables;
  /** Applies one file's import, or a workbook's sheets together. */
  onApply: (results: readonly ImportResult[], mode: ApplyMode) => void;
  /** Reads the reported file again, counted another way. */
  onRecount: (choices: CountingChoices) => void;
  /** Matches headers to columns (remembered), or forgets every match; the file is read again. */
  onMapColumns: (mapping: ColumnMapping) => void;
  onClearMappings: () => void;
  /** Cancels reading, or drops the report, and moves on to the next file. */
  onNext: () => void;
}

/** The modal that carries one file from reading to applied or cancelled. */
export function ImportDialog(props: ImportDialogProps) {
  const { step, waiting, onChooseDataset, onChooseSheetDataset, applyBlocked, applied, onApply, onRecount, onMapColumns, onClearMappings, onNext } = props;
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = step.kind !== 'idle';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  // Each new step's heading takes the focus if it went with the last step (the report does so itself, once loaded).
  const stepKey = step.kind === 'idle' ? null : `${step.kind}-${step.item.id}`;
  useEffect(() => {
    if (stepKey !== null) focusStepHeading(dialog.current?.querySelector<HTMLElement>('h2[tabindex]') ?? null);
  }, [stepKey]);

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-label={t('upload.button')}
      onCancel={(event) => {
        // Escape means cancel this file, never "apply".
        event.preventDefault();
        onNext();
      }}
      onClose={() => {
        // The browser may close a modal on a repeated Escape; while a file is under way the dialog must stay.
        if (open) dialog.current?.showModal();
      }}
    >
      {waiting > 0 && <p className="queue-note">{t('upload.waiting', { count: waiting })}</p>}
      {step.kind === 'reading' && <ReadingStep step={step} onNext={onNext} />}
      {step.kind === 'question' && <DatasetQuestion key={step.item.id} step={step} onChooseDataset={onChooseDataset} onNext={onNext} />}
      {step.kind === 'report' && (
        <Suspense fallback={<p role="status">{t('upload.starting')}</p>}>
          <ImportReport
            key={step.item.id}
            result={step.result}
            applyBlocked={applyBlocked}
            applied={applied}
            onApply={(mode) => onApply([step.result], mode)}
            onRecount={onRecount}
            onMapColumns={onMapColumns}
            onClearMappings={onClearMappings}
            onCancel={onNext}
          />
        </Suspense>
      )}
      {step.kind === 'workbook' && (
        <Suspense fallback={<p role="status">{t('upload.starting')}</p>}>
          <WorkbookReport
            key={step.item.id}
            workbook={step.workbook}
            applyBlocked={applyBlocked}
            onApply={onApply}
            onChooseSheetDataset={onChooseSheetDataset}
            onMapColumns={onMapColumns}
            onClearMappings={onClearMappings}
            onCancel={onNext}
          />
        </Suspense>
      )}
      {step.kind === 'failed' && (
        <section role="alert" data-testid="import-failed">
          <h2 tabIndex={-1}>{t('upload.failed', { file: step.item.file.name })}</h2>
          <FailureReason failure={step.failure} />
          <p>{t('upload.nothingChanged')}</p>
          <div className="dialog-actions">
            <button type="button" className="secondary-button" data-testid="import-cancel" onClick={onNext}>
              {t('detail.close')}
            </button>
          </div>
        </section>
      )}
    </dialog>
  );
}
