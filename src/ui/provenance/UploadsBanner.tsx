import { DATASETS } from '../../data/schema';
import { formatList } from '../../i18n/format';
import type { UploadShown } from '../../state/provenance';
import { useI18n } from '../common/I18nContext';

/** Says, once an upload is applied, that the page shows it: which tables, which files, and that links do not carry it. */
export function UploadsBanner({ shown }: { shown: readonly UploadShown[] }) {
  const { lang, t } = useI18n();
  const tables = shown.map((table) =>
    t('uploads.table', {
      table: DATASETS[table.dataset].title[lang],
      files: formatList(table.files, lang),
      how: t(table.appended ? 'uploads.appended' : 'uploads.replaced'),
    }),
  );
  return (
    <p className="uploads-banner" role="note" data-testid="uploads-banner">
      <strong>{t('uploads.badge')}</strong> {t('uploads.banner', { tables: tables.join(lang === 'zh' ? '；' : '; ') })}
    </p>
  );
}
