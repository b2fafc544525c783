import { useRef, useState, type Dispatch } from 'react';
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

function YearSelect({ label, testId, years, value, onChange }: { label: string; testId: string; years: number[]; value: number; onChange: (year: number) => void }) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select data-testid={testId} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
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

  // On a phone the filters fold into a drawer behind one button that says what they are set to; wider screens show them.
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const countySummary = chosen.size === 0 ? t('filters.allCounties') : t('filters.countiesChosen', { count: chosen.size });
  const periodSummary = from !== undefined && to !== undefined ? (from === to ? String(from) : `${from}–${to}`) : '';

  return (
    <section className="filter-bar" aria-label={t('filters.title')} data-open={open ? '' : undefined}>
      <button
        ref={toggle}
        type="button"
        className="filter-drawer-toggle"
        data-testid="filter-drawer-toggle"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((isOpen) => !isOpen)}
      >
        <span className="filter-drawer-title">{t('filters.title')}</span>
        <span className="filter-value">{[countySummary, periodSummary].filter(Boolean).join(' · ')}</span>
      </button>
      <div
        className="filter-panel"
        id="filter-panel"
        onKeyDown={(event) => {
          if (open && event.key === 'Escape' && !(event.target instanceof HTMLSelectElement)) {
            event.preventDefault();
            close();
          }
        }}
      >
        <details className="county-filter" data-testid="filter-counties">
          <summary>
            <span className="filter-label">{t('filters.counties')}</span>
            <span className="filter-value">{countySummary}</span>
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
            <YearSelect label={t('filters.from')} testId="filter-period-from" years={yearOptions} value={from} onChange={(year) => setPeriod(year, to)} />
            <span aria-hidden="true">–</span>
            <YearSelect label={t('filters.to')} testId="filter-period-to" years={yearOptions} value={to} onChange={(year) => setPeriod(from, year)} />
          </fieldset>
        )}
        <button type="button" className="secondary-button" data-testid="filter-reset" onClick={() => dispatch({ type: 'reset-filters' })} disabled={chosen.size === 0 && period === null}>
          {t('filters.reset')}
        </button>
        {period !== null && <p className="filter-note">{t('filters.rangeNote')}</p>}
        <button type="button" className="primary-button filter-drawer-done" onClick={close}>
          {t('filters.done')}
        </button>
      </div>
    </section>
  );
}
