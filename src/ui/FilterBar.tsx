import type { Dispatch } from 'react';
import { periodOf } from '../data/parsePeriod';
import type { Period } from '../data/types';
import type { ViewAction } from '../state/viewState';
import { useI18n } from './I18nContext';

interface FilterBarProps {
  /** Every county in the dataset, whatever the filters. */
  counties: readonly { code: string; name: string }[];
  years: Period | null;
  chosenCounties: readonly string[];
  period: Period | null;
  dispatch: Dispatch<ViewAction>;
}

function yearsOf(span: Period | null): number[] {
  if (!span) return [];
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

export function FilterBar({ counties, years, chosenCounties, period, dispatch }: FilterBarProps) {
  const { t } = useI18n();
  const chosen = new Set(chosenCounties);
  const yearOptions = yearsOf(years);
  const from = period?.from ?? years?.from;
  const to = period?.to ?? years?.to;

  const toggleCounty = (code: string) => {
    const next = chosen.has(code) ? chosenCounties.filter((c) => c !== code) : [...chosenCounties, code];
    dispatch({ type: 'set-counties', counties: next });
  };
  const setPeriod = (nextFrom: number, nextTo: number) => {
    const [low, high] = nextFrom <= nextTo ? [nextFrom, nextTo] : [nextTo, nextFrom];
    const all = years && low === years.from && high === years.to;
    dispatch({ type: 'set-period', period: all ? null : periodOf(low, high) });
  };

  return (
    <section className="filter-bar" aria-label={t('filters.title')}>
      <details className="county-filter" data-testid="filter-counties">
        <summary>
          <span className="filter-label">{t('filters.counties')}</span>
          <span className="filter-value">{chosen.size === 0 ? t('filters.allCounties') : t('filters.countiesChosen', { count: chosen.size })}</span>
        </summary>
        <div className="county-options">
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'set-counties', counties: [] })} disabled={chosen.size === 0}>
            {t('filters.clearCounties')}
          </button>
          {counties.map(({ code, name }) => (
            <label key={code} className="county-option">
              <input type="checkbox" value={code} checked={chosen.has(code)} onChange={() => toggleCounty(code)} />
              {name}
            </label>
          ))}
        </div>
      </details>
      {from !== undefined && to !== undefined && (
        <fieldset className="period-filter">
          <legend className="filter-label">{t('filters.period')}</legend>
          <label>
            <span className="visually-hidden">{t('filters.from')}</span>
            <select data-testid="filter-period-from" value={from} onChange={(event) => setPeriod(Number(event.target.value), to)}>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="visually-hidden">{t('filters.to')}</span>
            <select data-testid="filter-period-to" value={to} onChange={(event) => setPeriod(from, Number(event.target.value))}>
              {yearOptions.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      <button type="button" className="secondary-button" data-testid="filter-reset" onClick={() => dispatch({ type: 'reset-filters' })} disabled={chosen.size === 0 && period === null}>
        {t('filters.reset')}
      </button>
      {period !== null && <p className="filter-note">{t('filters.rangeNote')}</p>}
    </section>
  );
}
