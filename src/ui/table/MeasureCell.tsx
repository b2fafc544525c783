import type { CountySummary } from '../../data/aggregate/summarise';
import { formatMeasureValue, type MeasureDefinition } from '../../state/measures';
import { useI18n } from '../common/I18nContext';

/** A measure's figure in the table, written by its format; an unknown figure says so, never 0. */
export function MeasureCell({ definition, county }: { definition: MeasureDefinition; county: CountySummary }) {
  const { lang, t } = useI18n();
  const value = definition.read(county);
  return (
    <td className="number" data-field={definition.key}>
      {value === null ? <span className="unknown">{t('kpi.unknown')}</span> : formatMeasureValue(value, definition.format, lang)}
    </td>
  );
}
