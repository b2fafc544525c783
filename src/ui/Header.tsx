import type { Dispatch } from 'react';
import { SHIPPED_DATASET_IDS, type ShippedDatasetId } from '../data/load/shippedDatasets';
import type { ViewAction } from '../state/viewState';
import { useI18n } from './common/I18nContext';
import { UploadButton } from './import/UploadButton';
import { CopyButton } from './common/CopyButton';

interface HeaderProps {
  dataset: ShippedDatasetId;
  dispatch: Dispatch<ViewAction>;
  onFiles: (files: File[]) => void;
  /** Whether applied uploads are on the page, which the dataset's name and the copied link then say. */
  showsUploads: boolean;
}

export function Header({ dataset, dispatch, onFiles, showsUploads }: HeaderProps) {
  const { lang, t } = useI18n();
  return (
    <header className="page-header">
      <div className="page-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <div className="page-controls">
        <label className="control">
          <span>{t('dataset.label')}</span>
          <select
            data-testid="dataset-switcher"
            value={dataset}
            onChange={(event) => dispatch({ type: 'set-dataset', dataset: event.target.value as ShippedDatasetId })}
          >
            {SHIPPED_DATASET_IDS.map((id) => (
              <option key={id} value={id}>
                {showsUploads && id === dataset ? t('dataset.withUploads', { dataset: t(`dataset.${id}`) }) : t(`dataset.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <UploadButton onFiles={onFiles} />
        {/* The address bar always holds the whole view (App keeps it in step), so the link is simply the page's URL. */}
        {/* A file:// page (the offline build) has no address anyone else can open. */}
        {window.location.protocol !== 'file:' && (
          <CopyButton
            text={() => window.location.href}
            label={t('permalink.copy')}
            title={t(showsUploads ? 'permalink.copyLabelWithUploads' : 'permalink.copyLabel')}
            copiedLabel={t(showsUploads ? 'permalink.copiedWithoutUploads' : 'permalink.copied')}
            fieldLabel={t('permalink.field')}
            testId="copy-link"
          />
        )}
        <button
          type="button"
          className="lang-toggle"
          data-testid="lang-toggle"
          lang={lang === 'zh' ? 'en' : 'zh'}
          // Named by its visible word, in the language it switches to (a different aria-label fails WCAG 2.5.3); the title says what it does.
          title={t('lang.toggleLabel')}
          onClick={() => dispatch({ type: 'set-lang', lang: lang === 'zh' ? 'en' : 'zh' })}
        >
          {t('lang.toggle')}
        </button>
      </div>
    </header>
  );
}
