import { DATASETS } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { ColumnMapping } from '../../data/columnMapping';
import { normaliseHeader } from '../../data/matchHeaders';
import { columnLabel } from '../../i18n/columnLabel';
import { useI18n } from '../common/I18nContext';

interface ColumnMappingPanelProps {
  result: ImportResult;
  onMapColumns: (mapping: ColumnMapping) => void;
  onClearMappings: () => void;
}

/**
 * The columns the contract does not know, and the contract's columns the file lacks, each matched by the analyst
 * with a select (never guessed); each match is remembered for the header's wording. The matches used are listed,
 * and can be forgotten.
 */
export function ColumnMappingPanel({ result, onMapColumns, onClearMappings }: ColumnMappingPanelProps) {
  const { lang, t } = useI18n();
  const spec = DATASETS[result.datasetId];
  const found = new Set(Object.keys(result.columnIndex));
  const open = spec.columns.filter((column) => !found.has(column.key));
  const missing = result.problems.filter((problem) => problem.code === 'missing_column' && problem.column !== null).map((problem) => problem.column ?? '');
  if (result.unmatchedColumns.length === 0 && result.columnMapping.length === 0 && missing.length === 0) return null;
  const label = (key: string) => columnLabel(result.datasetId, key, lang);
  const description = (key: string) => spec.columns.find((column) => column.key === key)?.description[lang] ?? '';
  const map = (header: string, column: string) => onMapColumns({ [normaliseHeader(header)]: column });
  return (
    <section className="column-mapping" data-testid="column-mapping" aria-labelledby="column-mapping-title">
      <h3 id="column-mapping-title">{t('mapping.title')}</h3>
      {result.unmatchedColumns.length > 0 && (
        <>
          <p className="chart-note">{t('mapping.unknownIntro')}</p>
          <ul className="mapping-list">
            {result.unmatchedColumns.map((column) => (
              <li key={column.index}>
                <label>
                  <span className="mapping-header">“{column.header}”</span>{' '}
                  <select
                    data-testid="column-map"
                    data-header={column.header}
                    value=""
                    onChange={(event) => event.target.value && map(column.header, event.target.value)}
                  >
                    <option value="">{t('mapping.leave')}</option>
                    {open.map((option) => (
                      <option key={option.key} value={option.key}>
                        {label(option.key)} — {description(option.key)}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="chart-note">
                  {' '}
                  {column.values.length > 0 ? t('mapping.values', { values: column.values.join('、') }) : t('mapping.noValues')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {missing.length > 0 && result.unmatchedColumns.length > 0 && (
        <ul className="mapping-list">
          {missing.map((key) => (
            <li key={key}>
              <label>
                {t('mapping.missing', { column: label(key.split('/')[0] ?? key), description: description(key.split('/')[0] ?? key) })}{' '}
                <select
                  data-testid="column-map-missing"
                  data-column={key}
                  value=""
                  onChange={(event) => {
                    const column = result.unmatchedColumns.find((candidate) => String(candidate.index) === event.target.value);
                    if (column) map(column.header, key.split('/')[0] ?? key);
                  }}
                >
                  <option value="">{t('mapping.chooseHeader')}</option>
                  {result.unmatchedColumns.map((column) => (
                    <option key={column.index} value={column.index}>
                      {column.header}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
      {result.columnMapping.length > 0 && (
        <>
          <p data-testid="column-mapping-used">
            {t('mapping.used', {
              matches: result.columnMapping.map((match) => `“${match.header}” → ${label(match.column)}`).join(lang === 'zh' ? '；' : '; '),
            })}
          </p>
          <button type="button" className="secondary-button" data-testid="column-map-clear" onClick={onClearMappings}>
            {t('mapping.clear')}
          </button>
        </>
      )}
    </section>
  );
}
