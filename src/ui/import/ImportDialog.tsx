import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../data/schema';
import type { ApplyMode } from '../../data/uploads/applyUpload';
import type { CountingChoices, ImportResult } from '../../data/finishImport';
import type { ImportStep } from '../../state/importQueue';
import type { StoredTables } from '../../data/store/uploadStore';
import { columnLabel } from '../../i18n/columnLabel';
import { formatList, formatNumber, formatShare } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { FailureReason } from './FailureReason';
import type { ImportReport as ImportReportView } from './ImportReport';
import { focusStepHeading } from './focusStepHeading';

// The report is wanted only once a file is chosen: it loads while the file is read (see Reading), not with the
// first paint (which has a 300 kB budget), nor only once the worker is done.
let reportModule: Promise<{ default: typeof ImportReportView }> | null = null;
const loadImportReport = () => (reportModule ??= import('./ImportReport').then((module) => ({ default: module.ImportReport })));
const ImportReport = lazy(loadImportReport);

interface ImportDialogProps {
  step: ImportStep;
  waiting: number;
  onChooseDataset: (datasetId: DatasetId) => void;
  /** Why Apply cannot be used yet (the page's own data is still loading or failed), or null. */
  applyBlocked: string | null;
  /** The uploads applied so far, so the report can say when a file is among them. */
  applied: StoredTables;
  onApply: (result: ImportResult, mode: ApplyMode) => void;
  /** Reads the reported file again, counted another way. */
  onRecount: (choices: CountingChoices) => void;
  /** Cancels reading, or drops the report, and moves on to the next file. */
  onNext: () => void;
}

function Reading({ step, onNext }: { step: Extract<ImportStep, { kind: 'reading' }>; onNext: () => void }) {
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

function DatasetQuestion({
  step,
  onChooseDataset,
  onNext,
}: {
  step: Extract<ImportStep, { kind: 'question' }>;
  onChooseDataset: (id: DatasetId) => void;
  onNext: () => void;
}) {
  const { lang, t } = useI18n();
  const { candidates, missing } = step.question.detection;
  const [choice, setChoice] = useState<DatasetId>(candidates[0] ?? 'relocation');
  const ordered = [...candidates, ...DATASET_IDS.filter((id) => !candidates.includes(id))];
  return (
    <section data-testid="import-question" aria-labelledby="import-question-title">
      <h2 id="import-question-title" tabIndex={-1}>
        {t('upload.whichDataset', { file: step.item.file.name })}
      </h2>
      <p>{t('upload.whichDatasetHelp')}</p>
      <fieldset className="dataset-choice">
        <legend className="visually-hidden">{t('report.dataset')}</legend>
        {ordered.map((id) => (
          <label key={id}>
            <input type="radio" name="dataset-choice" value={id} checked={choice === id} onChange={() => setChoice(id)} />
            <span>
              <strong>{DATASETS[id].title[lang]}</strong> ({DATASETS[id].fileName})
              <span className="missing-columns">
                {missing[id].length === 0
                  ? t('upload.fits')
                  : t('upload.missingColumns', {
                      columns: formatList(
                        missing[id].map((key) =>
                          key
                            .split('/')
                            .map((k) => columnLabel(id, k, lang))
                            .join(' / '),
                        ),
                        lang,
                      ),
                    })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="secondary-button" data-testid="import-cancel" onClick={onNext}>
          {t('report.cancel')}
        </button>
        <button type="button" className="primary-button" data-testid="import-choose-dataset" onClick={() => onChooseDataset(choice)}>
          {t('upload.readAs')}
        </button>
      </div>
    </section>
  );
}

/** The modal that carries one file from reading to applied or cancelled. */
export function ImportDialog({ step, waiting, onChooseDataset, applyBlocked, applied, onApply, onRecount, onNext }: ImportDialogProps) {
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
      {step.kind === 'reading' && <Reading step={step} onNext={onNext} />}
      {step.kind === 'question' && <DatasetQuestion key={step.item.id} step={step} onChooseDataset={onChooseDataset} onNext={onNext} />}
      {step.kind === 'report' && (
        <Suspense fallback={<p role="status">{t('upload.starting')}</p>}>
          <ImportReport
            key={step.item.id}
            result={step.result}
            applyBlocked={applyBlocked}
            applied={applied}
            onApply={(mode) => onApply(step.result, mode)}
            onRecount={onRecount}
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
