import type { Dispatch } from 'react';
import type { ProgressUnit } from '../../data/progress/progressMeasures';
import type { ViewAction } from '../../state/viewState';
import { useI18n } from '../common/I18nContext';

/** What the progress chart shows over time, among the units the area states at two dates or more. */
export function ProgressUnitPicker({ unit, units, dispatch }: { unit: ProgressUnit; units: readonly ProgressUnit[]; dispatch: Dispatch<ViewAction> }) {
  const { t } = useI18n();
  if (units.length < 2) return null;
  return (
    <label className="measure-picker">
      <span className="visually-hidden">{t('chart.progress.show')}</span>
      <select data-testid="progress-unit" value={unit} onChange={(event) => dispatch({ type: 'set-progress-unit', unit: event.target.value as ProgressUnit })}>
        {units.map((option) => (
          <option key={option} value={option}>
            {t(`chart.progress.unit.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
