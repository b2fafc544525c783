import type { Dispatch } from 'react';
import type { CountySummary } from '../data/aggregate/summarise';
import type { Measure } from '../data/sumKnown';
import { formatNumber, formatShare } from '../i18n/format';
import type { MessageKey } from '../i18n/translate';
import type { SortKey, ViewAction, ViewState } from '../state/viewState';
import { SyntheticBadge } from './SyntheticBanner';
import { countyTableRows } from '../state/countyTable';
import { tableCsv } from '../data/export/tableCsv';
import { downloadBlob, downloadText } from './download';
import { useI18n } from './I18nContext';

const NUMERIC_COLUMNS: readonly { key: Exclude<SortKey, 'county'>; label: MessageKey }[] = [
  { key: 'households', label: 'table.households' },
  { key: 'people', label: 'table.people' },
  { key: 'registered_poor_people', label: 'table.registered_poor_people' },
  { key: 'jobs', label: 'table.jobs' },
  { key: 'relocated_workers', label: 'table.relocated_workers' },
  { key: 'income_gain_per_household_yuan', label: 'table.income_gain_per_household_yuan' },
];

interface CountyTableProps {
  counties: readonly CountySummary[];
  /** The period shown and the dataset, for the export's file name. */
  period: string;
  dataset: string;
  sort: ViewState['sort'];
  synthetic: boolean;
  dispatch: Dispatch<ViewAction>;
}

function MeasureCell({ field, measure }: { field: string; measure: Measure }) {
  const { lang, t } = useI18n();
  return (
    <td className="number" data-field={field}>
      {measure.value === null ? <span className="unknown">{t('kpi.unknown')}</span> : formatNumber(measure.value, lang)}
    </td>
  );
}

/** One row per county, sortable by any column; a county's name opens its detail panel. */
export function CountyTable({ counties, period, dataset, sort, synthetic, dispatch }: CountyTableProps) {
  const { lang, t } = useI18n();
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const header = (key: SortKey, label: MessageKey, numeric: boolean) => (
    <th key={key} scope="col" aria-sort={ariaSort(key)} className={numeric ? 'number' : undefined}>
      <button type="button" className="sort-button" onClick={() => dispatch({ type: 'sort', key })}>
        {t(label)}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
  const fileStem = `county-summary_${dataset}_${period || 'all'}`;
  return (
    <section className="table-card" aria-labelledby="county-table-title">
      <div className="chart-heading">
        <h2 id="county-table-title">{t('table.title')}</h2>
        {synthetic && <SyntheticBadge />}
        <button
          type="button"
          className="secondary-button"
          data-testid="export-table-csv"
          onClick={() => {
            const { columns, rows } = countyTableRows(counties, t);
            downloadText(`${fileStem}.csv`, tableCsv(columns, rows));
          }}
        >
          {t('export.table')}
        </button>
        <button
          type="button"
          className="secondary-button"
          data-testid="export-table-xlsx"
          onClick={() => {
            const { columns, rows } = countyTableRows(counties, t);
            // The workbook writer loads only when someone asks for a workbook.
            void import('../data/export/tableXlsx')
              .then(({ tableXlsx }) => tableXlsx(columns, rows, t('table.title')))
              .then((blob) => downloadBlob(`${fileStem}.xlsx`, blob));
          }}
        >
          {t('export.tableXlsx')}
        </button>
      </div>
      <p className="table-caption">{t('table.caption')}</p>
      <div className="table-scroll">
        <table data-testid="county-summary">
          <thead>
            <tr>
              {header('county', 'table.county', false)}
              <th scope="col">{t('table.prefecture')}</th>
              {NUMERIC_COLUMNS.slice(0, 3).map(({ key, label }) => header(key, label, true))}
              <th scope="col" className="number">
                {t('table.registeredPoorShare')}
              </th>
              {NUMERIC_COLUMNS.slice(3).map(({ key, label }) => header(key, label, true))}
              <th scope="col">{t('table.periods')}</th>
            </tr>
          </thead>
          <tbody>
            {counties.length === 0 && (
              <tr>
                <td colSpan={10} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {counties.map((county) => {
              const share = county.registered_poor_share;
              return (
                <tr key={county.county_code} data-county-code={county.county_code}>
                  <th scope="row">
                    <button type="button" className="county-link" onClick={() => dispatch({ type: 'select-county', code: county.county_code })}>
                      {county.county}
                    </button>
                  </th>
                  <td>{county.prefecture ?? ''}</td>
                  {NUMERIC_COLUMNS.slice(0, 3).map(({ key }) => (
                    <MeasureCell key={key} field={key} measure={county[key]} />
                  ))}
                  <td className="number" data-field="registered_poor_share">
                    {share === null ? <span className="unknown">{t('kpi.unknown')}</span> : formatShare(share, lang)}
                  </td>
                  {NUMERIC_COLUMNS.slice(3).map(({ key }) => (
                    <MeasureCell key={key} field={key} measure={county[key]} />
                  ))}
                  <td className="periods">{county.periods.join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
