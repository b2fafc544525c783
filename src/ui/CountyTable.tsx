import type { Dispatch } from 'react';
import type { CountySummary } from '../data/aggregate/summarise';
import type { Measure } from '../data/sumKnown';
import { AREA_LEVELS, type AreaLevel } from '../data/aggregate/areaLevel';
import { formatFixed, formatNumber, formatShare } from '../i18n/format';
import type { MessageKey } from '../i18n/translate';
import type { SortKey, ViewAction, ViewState } from '../state/viewState';
import { SyntheticBadge } from './SyntheticBanner';
import { countyTableRows, NAME_COLUMN, PARENT_COLUMN, parentName } from '../state/countyTable';
import { tableCsv } from '../data/export/tableCsv';
import { downloadBlob, downloadText } from './download';
import { useI18n } from './I18nContext';
import { ScrollRegion } from './ScrollRegion';

const PER_RESIDENT_COLUMNS = [
  { key: 'people_per_1000_residents', label: 'table.people_per_1000_residents' },
  { key: 'jobs_per_1000_residents', label: 'table.jobs_per_1000_residents' },
] as const;

// Figures shown with their count of blanks (measures), as against the per-resident ratios.
type MeasureKey = Exclude<SortKey, 'county' | (typeof PER_RESIDENT_COLUMNS)[number]['key']>;

const NUMERIC_COLUMNS: readonly { key: MeasureKey; label: MessageKey }[] = [
  { key: 'households', label: 'table.households' },
  { key: 'people', label: 'table.people' },
  { key: 'registered_poor_people', label: 'table.registered_poor_people' },
  { key: 'jobs', label: 'table.jobs' },
  { key: 'relocated_workers', label: 'table.relocated_workers' },
  { key: 'income_gain_per_household_yuan', label: 'table.income_gain_per_household_yuan' },
];

interface CountyTableProps {
  /** The rows: counties, or prefectures or provinces added up, each saying which. */
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

function RateCell({ field, value }: { field: string; value: number | null }) {
  const { lang, t } = useI18n();
  return (
    <td className="number" data-field={field}>
      {value === null ? <span className="unknown">{t('kpi.unknown')}</span> : formatFixed(value, lang, 1)}
    </td>
  );
}

/**
 * One row per county, or per prefecture or province, sortable by any column; only a county's name opens its detail
 * panel, which lists one county's own figures.
 */
export function CountyTable({ counties, period, dataset, sort, synthetic, dispatch }: CountyTableProps) {
  const { lang, t } = useI18n();
  // The rows carry the level the view groups by (buildDashboard sets it on every row); an empty table has no rows to say.
  const level: AreaLevel = counties[0]?.level ?? 'county';
  const parentColumn = PARENT_COLUMN[level];
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
  const title = level === 'county' ? t('table.title') : t(`table.titleByLevel.${level}`);
  const fileStem = `${level}-summary_${dataset}_${period || 'all'}`;
  return (
    <section className="table-card" aria-labelledby="county-table-title">
      <div className="chart-heading">
        <h2 id="county-table-title">{title}</h2>
        <label className="measure-picker">
          {t('table.groupBy')}{' '}
          <select data-testid="group-by" value={level} onChange={(event) => dispatch({ type: 'set-group', group: event.target.value as AreaLevel })}>
            {AREA_LEVELS.map((option) => (
              <option key={option} value={option}>
                {t(`table.group.${option}`)}
              </option>
            ))}
          </select>
        </label>
        {synthetic && <SyntheticBadge />}
        <button
          type="button"
          className="secondary-button"
          data-testid="export-table-csv"
          onClick={() => {
            const { columns, rows } = countyTableRows(counties, t, level);
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
            const { columns, rows } = countyTableRows(counties, t, level);
            // The workbook writer loads only when someone asks for a workbook.
            void import('../data/export/tableXlsx')
              .then(({ tableXlsx }) => tableXlsx(columns, rows, title))
              .then((blob) => downloadBlob(`${fileStem}.xlsx`, blob));
          }}
        >
          {t('export.tableXlsx')}
        </button>
      </div>
      {level === 'county' ? <p className="table-caption">{t('table.caption')}</p> : <p className="table-caption table-note">{t('table.captionGrouped')}</p>}
      <p className="table-caption table-note">{t('table.perResidentNote')}</p>
      {/* Named apart from the section around it, which carries the title (axe landmark-unique). */}
      <ScrollRegion label={t('table.scrollRegion', { title })}>
        <table data-testid="county-summary">
          <thead>
            <tr>
              {header('county', NAME_COLUMN[level], false)}
              {parentColumn && <th scope="col">{t(parentColumn)}</th>}
              {NUMERIC_COLUMNS.slice(0, 3).map(({ key, label }) => header(key, label, true))}
              <th scope="col" className="number">
                {t('table.registeredPoorShare')}
              </th>
              {NUMERIC_COLUMNS.slice(3).map(({ key, label }) => header(key, label, true))}
              {PER_RESIDENT_COLUMNS.map(({ key, label }) => header(key, label, true))}
              <th scope="col">{t('table.periods')}</th>
            </tr>
          </thead>
          <tbody>
            {counties.length === 0 && (
              <tr>
                <td colSpan={parentColumn ? 12 : 11} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {counties.map((county) => {
              const share = county.registered_poor_share;
              return (
                <tr
                  key={county.county_code}
                  data-level={county.level}
                  data-county-code={county.level === 'county' ? county.county_code : undefined}
                  data-area-code={county.level === 'county' ? undefined : county.county_code}
                >
                  <th scope="row" className="area-name">
                    {county.level === 'county' ? (
                      <button type="button" className="county-link" onClick={() => dispatch({ type: 'select-county', code: county.county_code })}>
                        {county.county}
                      </button>
                    ) : (
                      county.county
                    )}
                  </th>
                  {parentColumn && <td className="area-name">{parentName(county) ?? ''}</td>}
                  {NUMERIC_COLUMNS.slice(0, 3).map(({ key }) => (
                    <MeasureCell key={key} field={key} measure={county[key]} />
                  ))}
                  <td className="number" data-field="registered_poor_share">
                    {share === null ? <span className="unknown">{t('kpi.unknown')}</span> : formatShare(share, lang)}
                  </td>
                  {NUMERIC_COLUMNS.slice(3).map(({ key }) => (
                    <MeasureCell key={key} field={key} measure={county[key]} />
                  ))}
                  {PER_RESIDENT_COLUMNS.map(({ key }) => (
                    <RateCell key={key} field={key} value={county[key]} />
                  ))}
                  <td className="periods">{county.periods.join(', ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
