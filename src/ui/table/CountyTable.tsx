import type { Dispatch } from 'react';
import type { CountySummary } from '../../data/aggregate/summarise';
import { AREA_LEVELS, type AreaLevel } from '../../data/aggregate/areaLevel';
import type { MessageKey } from '../../i18n/translate';
import { TABLE_MEASURES } from '../../state/measures';
import type { SortKey, ViewAction, ViewState } from '../../state/viewState';
import { SyntheticBadge } from '../provenance/SyntheticBadge';
import { countyTableRows, NAME_COLUMN, PARENT_COLUMN, parentName } from '../../state/countyTable';
import { exportMetadata, figuresCsv, workbookLabels } from '../../charts/export/exportLabels';
import { downloadBlob, downloadText } from '../common/download';
import { useI18n } from '../common/I18nContext';
import { ScrollRegion } from '../common/ScrollRegion';
import { MeasureCell } from './MeasureCell';
import { CoverageCell, coverageOf } from './CoverageCell';

interface CountyTableProps {
  /** The rows: counties, or prefectures or provinces added up, each saying which. */
  counties: readonly CountySummary[];
  /** The period shown and the dataset, for the export's file name. */
  period: string;
  dataset: string;
  sort: ViewState['sort'];
  synthetic: boolean;
  /** Every source behind the figures, and the area by name, for the export's metadata rows. */
  sources: readonly string[];
  area: string;
  dispatch: Dispatch<ViewAction>;
}

/**
 * One row per county, or per prefecture or province, sortable by any column; only a county's name opens its detail
 * panel, which lists one county's own figures.
 */
export function CountyTable({ counties, period, dataset, sort, synthetic, sources, area, dispatch }: CountyTableProps) {
  const { t } = useI18n();
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
  // Places the data states above its counties say how much of their stated figure their known parts cover.
  const showsCoverage = level !== 'county' && counties.some((county) => coverageOf(county) !== null);
  // The name, its parent's name where there is one, every measure, the periods, the coverage.
  const columnCount = 1 + (parentColumn ? 1 : 0) + TABLE_MEASURES.length + 1 + (showsCoverage ? 1 : 0);
  const title = level === 'county' ? t('table.title') : t(`table.titleByLevel.${level}`);
  const fileStem = `${level}-summary_${dataset}_${period || 'all'}`;
  // The CSV and the workbook say the same of the table: title, area, period, sources, day, synthetic flag.
  const tableMetadata = () => exportMetadata({ unit: t('export.unitByColumn'), sources, synthetic, period, counties: [], date: new Date() }, title, area, t);
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
            downloadText(`${fileStem}.csv`, figuresCsv({ columns, rows }, tableMetadata(), t));
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
            void import('../../data/export/tableXlsx')
              .then(({ tableXlsx }) => tableXlsx(columns, rows, tableMetadata(), workbookLabels(t)))
              .then((blob) => downloadBlob(`${fileStem}.xlsx`, blob));
          }}
        >
          {t('export.tableXlsx')}
        </button>
      </div>
      {level === 'county' ? (
        <p className="table-caption">{t('table.caption')}</p>
      ) : (
        <p className="table-caption table-note">{t(showsCoverage ? 'table.captionDrill' : 'table.captionGrouped')}</p>
      )}
      <p className="table-caption table-note">{t('table.perResidentNote')}</p>
      {/* Named apart from the section around it, which carries the title (axe landmark-unique). */}
      <ScrollRegion label={t('table.scrollRegion', { title })}>
        <table data-testid="county-summary">
          <thead>
            <tr>
              {header('county', NAME_COLUMN[level], false)}
              {parentColumn && <th scope="col">{t(parentColumn)}</th>}
              {TABLE_MEASURES.map((definition) =>
                definition.sorts ? (
                  header(definition.key as SortKey, definition.label, true)
                ) : (
                  <th key={definition.key} scope="col" className="number">
                    {t(definition.label)}
                  </th>
                ),
              )}
              <th scope="col">{t('table.periods')}</th>
              {showsCoverage && <th scope="col">{t('table.coverage')}</th>}
            </tr>
          </thead>
          <tbody>
            {counties.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            )}
            {counties.map((county) => {
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
                      <>
                        <button
                          type="button"
                          className="county-link"
                          data-action="drill"
                          title={t('area.drill', { area: county.county })}
                          onClick={() => dispatch({ type: 'set-area', area: county.county_code })}
                        >
                          {county.county}
                        </button>
                        {coverageOf(county) && (
                          <button
                            type="button"
                            className="secondary-button area-sources"
                            data-action="sources"
                            aria-label={t('area.sourcesOf', { area: county.county })}
                            onClick={() => dispatch({ type: 'select-county', code: county.county_code })}
                          >
                            {t('area.sources')}
                          </button>
                        )}
                      </>
                    )}
                  </th>
                  {parentColumn && <td className="area-name">{parentName(county) ?? ''}</td>}
                  {TABLE_MEASURES.map((definition) => (
                    <MeasureCell key={definition.key} definition={definition} county={county} />
                  ))}
                  <td className="periods">{county.periods.join(', ')}</td>
                  {showsCoverage && <CoverageCell coverage={coverageOf(county)} />}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
