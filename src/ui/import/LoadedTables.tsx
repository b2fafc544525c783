import { DATASETS, DATASET_IDS } from '../../data/schema';
import { uploadedFileLabel, type StoredTables } from '../../data/store/uploadStore';
import type { StorageNotice } from './useUploads';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { columnLabel } from '../../i18n/columnLabel';

interface LoadedTablesProps {
  tables: StoredTables;
  shippedName: string;
  /** Rows each table shows now. */
  shownRows: Readonly<Record<string, number>>;
  notice: StorageNotice;
  onReset: (datasetId: (typeof DATASET_IDS)[number]) => void;
}

/** What each table on the page comes from: the shipped files or an upload (which file, when, how many rows), with a reset. */
export function LoadedTables({ tables, shippedName, shownRows, notice, onReset }: LoadedTablesProps) {
  const { lang, t } = useI18n();
  return (
    <section className="loaded-tables" aria-labelledby="loaded-tables-title" data-testid="loaded-tables">
      <h2 id="loaded-tables-title">{t('loaded.title')}</h2>
      <p className="table-caption">{t('loaded.hint')}</p>
      {notice && (
        <p className="storage-notice" role="status" data-testid="storage-notice">
          {t(`loaded.notice.${notice}`)}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('report.dataset')}</th>
            <th scope="col">{t('loaded.from')}</th>
            <th scope="col" className="number">
              {t('loaded.rows')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('loaded.reset')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {DATASET_IDS.map((id) => {
            const table = tables[id];
            return (
              <tr key={id} data-dataset={id} data-source={table ? 'upload' : 'shipped'}>
                <th scope="row">{DATASETS[id].title[lang]}</th>
                <td>
                  {table
                    ? table.files.map((file) => (
                        <div key={`${uploadedFileLabel(file)}-${file.appliedAt}`}>
                          {t(table.keepsShipped ? 'loaded.appended' : 'loaded.uploaded', {
                            file: uploadedFileLabel(file),
                            when: formatDateTime(file.appliedAt, lang),
                            rows: formatNumber(file.rows, lang),
                          })}
                          {file.columnMapping && (
                            <span className="chart-note" data-testid="loaded-column-mapping">
                              {' '}
                              {t('loaded.mapping', {
                                matches: file.columnMapping
                                  .map((match) => `“${match.header}” → ${columnLabel(id, match.column, lang)}`)
                                  .join(lang === 'zh' ? '；' : '; '),
                              })}
                            </span>
                          )}
                        </div>
                      ))
                    : t('loaded.shipped', { name: shippedName })}
                </td>
                <td className="number">{formatNumber(shownRows[id] ?? 0, lang)}</td>
                <td>
                  {table && (
                    <button
                      type="button"
                      className="secondary-button"
                      data-testid={`reset-${id}`}
                      aria-label={t('loaded.resetLabel', { dataset: DATASETS[id].title[lang] })}
                      onClick={() => onReset(id)}
                    >
                      {t('loaded.reset')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
