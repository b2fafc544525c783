import type { ChartTable } from '../../charts/chartOption';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { ScrollRegion } from '../common/ScrollRegion';

interface ChartDataTableProps {
  id: string;
  /** The chart's title and unit, for the table's caption. */
  caption: string;
  table: ChartTable;
}

/**
 * The figures a chart draws, as a table: what a screen reader, a keyboard or a reader who cannot tell the colours
 * apart reads instead of the picture. The first column names each row; a blank figure reads as unknown, never 0.
 */
export function ChartDataTable({ id, caption, table }: ChartDataTableProps) {
  const { lang, t } = useI18n();
  return (
    <ScrollRegion className="chart-table" id={id} testId="chart-table" label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th key={index} scope="col" className={index === 0 ? undefined : 'number'}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => {
                const text =
                  cell === null ? <span className="unknown">{t('kpi.unknown')}</span> : typeof cell === 'number' ? formatNumber(cell, lang, 1) : cell;
                return index === 0 ? (
                  <th key={index} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={index} className="number">
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
