import type { LoadState } from './useShippedDataset';
import { useI18n } from './common/I18nContext';
import { FailureReason } from './import/FailureReason';

/** "Loading…", or what failed with a retry button: never a blank page. */
export function LoadStatus({ state, waiting, onRetry }: { state: LoadState; waiting: boolean; onRetry: () => void }) {
  const { t } = useI18n();
  if (state.status === 'error') {
    return (
      <div className="status status-error" role="alert">
        <p>{t('app.loadFailed')}</p>
        <FailureReason failure={state.failure} />
        <button type="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (state.status === 'loading' || waiting) {
    return (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  }
  return null;
}
