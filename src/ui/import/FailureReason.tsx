import type { ImportFailureInfo } from '../../data/importFailure';
import { useI18n } from '../common/I18nContext';

/** Why a file or the page's data could not be read, in the reader's language, with the browser's own words after it. */
export function FailureReason({ failure }: { failure: ImportFailureInfo }) {
  const { t } = useI18n();
  return (
    <>
      <p>{t(`failure.${failure.code}`)}</p>
      {failure.detail && (
        <p className="failure-detail" data-testid="failure-detail">
          {t('failure.detail', { detail: failure.detail })}
        </p>
      )}
    </>
  );
}
