import type { ReactNode } from 'react';
import type { ApplyMode } from '../../data/uploads/applyUpload';
import { useI18n } from '../common/I18nContext';

interface ApplyControlsProps {
  mode: ApplyMode;
  onMode: (mode: ApplyMode) => void;
  /** What replacing means here (one dataset, or each dataset of a workbook). */
  replaceLabel: string;
  applyLabel: string;
  disabled: boolean;
  onApply: () => void;
  onCancel: () => void;
  /** What the report says between the choice and the buttons (why Apply is blocked, what it will do). */
  children?: ReactNode;
}

/** The end of a report: replace or append, then Cancel and Apply. */
export function ApplyControls({ mode, onMode, replaceLabel, applyLabel, disabled, onApply, onCancel, children }: ApplyControlsProps) {
  const { t } = useI18n();
  return (
    <>
      <fieldset className="apply-mode">
        <legend>{t('report.applyMode')}</legend>
        <label>
          <input type="radio" name="apply-mode" value="replace" checked={mode === 'replace'} onChange={() => onMode('replace')} />
          {replaceLabel}
        </label>
        <label>
          <input type="radio" name="apply-mode" value="append" data-testid="import-append" checked={mode === 'append'} onChange={() => onMode('append')} />
          {t('report.append')}
        </label>
      </fieldset>
      {children}
      <div className="dialog-actions">
        <button type="button" className="secondary-button" data-testid="import-cancel" onClick={onCancel}>
          {t('report.cancel')}
        </button>
        <button type="button" className="primary-button" data-testid="import-apply" disabled={disabled} onClick={onApply}>
          {applyLabel}
        </button>
      </div>
    </>
  );
}
