import { useI18n } from '../common/I18nContext';

/** The small label a chart, the table or a county's detail carries while it shows invented figures. */
export function SyntheticBadge() {
  const { t } = useI18n();
  return <span className="synthetic-badge">{t('synthetic.badge')}</span>;
}
