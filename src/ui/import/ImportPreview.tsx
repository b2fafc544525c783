import { DATASETS } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { CellValue } from '../../data/types';
import { columnLabel } from '../../i18n/columnLabel';
import { formatCell } from '../../i18n/formatCell';
import { useI18n } from '../common/I18nContext';
import { ScrollRegion } from '../common/ScrollRegion';

/** The first lines as they were read, column by column, in the page's words: what the analyst checks before applying. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { lang, t } = useI18n();
  const preview = result.preview as unknown as ({ line: number } & Record<string, CellValue>)[];
  const previewColumns = DATASETS[result.datasetId].columns.filter((column) => preview.some((record) => record[column.key] != null));
  if (preview.length === 0) return null;
  return (
    <>
      <h3>{t('report.preview', { count: preview.length })}</h3>
      <ScrollRegion label={t('report.preview', { count: preview.length })}>
        <table className="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('report.line')}</th>
              {previewColumns.map((column) => (
                <th key={column.key} scope="col">
                  {columnLabel(result.datasetId, column.key, lang, { withoutUnit: true })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((record) => (
              <tr key={record.line}>
                <td>{record.line}</td>
                {previewColumns.map((column) => (
                  <td key={column.key} className={typeof record[column.key] === 'number' ? 'number' : undefined}>
                    {formatCell(record[column.key], column, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
