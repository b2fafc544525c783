import type { Dispatch } from 'react';
import { JOBS_MEASURES, type JobsMeasure } from '../../data/aggregate/jobsBreakdown';
import type { ViewAction } from '../../state/viewState';
import { useI18n } from '../common/I18nContext';

/** The jobs measure, picked on each jobs chart: both pickers show the one choice, each named by its own chart. */
export function JobsMeasurePicker({ chart, measure, dispatch }: { chart: string; measure: JobsMeasure; dispatch: Dispatch<ViewAction> }) {
  const { t } = useI18n();
  return (
    <label className="measure-picker">
      <span className="visually-hidden">
        {t('chart.measureLabel')}
        {t('chart.whichChart', { chart })}
      </span>
      <select value={measure} onChange={(event) => dispatch({ type: 'set-jobs-measure', measure: event.target.value as JobsMeasure })}>
        {JOBS_MEASURES.map((option) => (
          <option key={option} value={option}>
            {t(`jobsMeasure.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
