import { useI18n } from '../common/I18nContext';

/** Says, where the demo data is shown, that it is invented. */
export function SyntheticBanner() {
  const { t } = useI18n();
  return (
    <p className="synthetic-banner" role="note" data-testid="synthetic-banner">
      <strong>{t('synthetic.badge')}</strong> {t('synthetic.banner')}
    </p>
  );
}
