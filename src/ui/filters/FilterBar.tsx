import { useCallback, useLayoutEffect, useRef, useState, type Dispatch } from 'react';
import { periodOf } from '../../data/parsePeriod';
import { countyFilterSummary } from '../../state/countyFilter';
import { countyMatches } from '../../state/countySearch';
import { usePinyinReadings } from '../hooks/usePinyinReadings';
import { periodBetween, yearsOf } from '../../state/periodChoice';
import { useOutsideClick } from '../hooks/useOutsideClick';
import type { Period } from '../../data/types';
import type { ViewAction } from '../../state/viewState';
import { useI18n } from '../common/I18nContext';
import { YearSelect } from './YearSelect';

interface FilterBarProps {
  /** Every county in the dataset, whatever the filters. */
  counties: readonly { code: string; name: string }[];
  years: Period | null;
  chosenCounties: readonly string[];
  period: Period | null;
  dispatch: Dispatch<ViewAction>;
}

const COUNTIES_WITHOUT_SEARCH = 6;

export function FilterBar({ counties, years, chosenCounties, period, dispatch }: FilterBarProps) {
  const { t } = useI18n();
  const chosen = new Set(chosenCounties);
  const yearOptions = yearsOf(years);
  const from = period?.from ?? years?.from;
  const to = period?.to ?? years?.to;

  // The list is searched when it is longer than a glance takes in (a province has a hundred counties).
  const searchable = counties.length > COUNTIES_WITHOUT_SEARCH;
  const [query, setQuery] = useState('');
  const readings = usePinyinReadings(/[a-z]/i.test(query));
  const listed = counties.filter((county) => countyMatches(query, county, readings));

  const toggleCounty = (code: string) => {
    const next = chosen.has(code) ? chosenCounties.filter((c) => c !== code) : [...chosenCounties, code];
    dispatch({ type: 'set-counties', counties: next });
  };
  const setPeriod = (first: number, second: number) => dispatch({ type: 'set-period', period: periodBetween(first, second, years) });

  // On a phone the filters fold into a drawer behind one button that says what they are set to; wider screens show them.
  const [open, setOpen] = useState(false);
  const bar = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const countyList = useRef<HTMLDetailsElement>(null);
  // Opening the drawer brings it to the top of the screen; closing it returns the reader to where they were reading.
  // Closed by a tap or the focus elsewhere, the reader is already somewhere else: no place to return to.
  const readingPlace = useRef<number | null>(null);
  const closeQuietly = useCallback(() => {
    readingPlace.current = null;
    setOpen(false);
  }, []);
  const close = () => {
    setOpen(false);
    toggle.current?.focus({ preventScroll: true });
  };
  // Once the drawer has folded away, so the page is back to its own height.
  useLayoutEffect(() => {
    const place = readingPlace.current;
    if (open || place === null) return;
    readingPlace.current = null;
    window.scrollTo({ top: place, behavior: 'instant' });
  }, [open]);
  useOutsideClick(bar, open, closeQuietly);
  const openDrawer = () => {
    readingPlace.current = window.scrollY;
    setOpen(true);
    // Held at the top of the screen, the drawer has the whole height below it (and its Done button in view).
    bar.current?.scrollIntoView({ block: 'start' });
  };
  const hasFilters = chosen.size > 0 || period !== null;
  const countySummary = countyFilterSummary(counties, chosenCounties, t);
  const periodSummary = from !== undefined && to !== undefined ? periodOf(from, to).label : '';

  return (
    <section
      ref={bar}
      className="filter-bar"
      aria-label={t('filters.title')}
      data-open={open ? '' : undefined}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape closes what is open nearest the focus: the county list first, then the drawer.
        const list = countyList.current;
        if (list?.open && event.target instanceof Node && list.contains(event.target)) {
          event.preventDefault();
          list.open = false;
          list.querySelector('summary')?.focus();
        } else if (open) {
          event.preventDefault();
          close();
        }
      }}
      onBlur={(event) => {
        // Focus gone elsewhere on the page: a drawer left open would cover what now has it (WCAG 2.4.11).
        if (event.relatedTarget instanceof Node && !bar.current?.contains(event.relatedTarget)) closeQuietly();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="filter-drawer-toggle"
        data-testid="filter-drawer-toggle"
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => (open ? close() : openDrawer())}
      >
        <span className="filter-drawer-title">{t('filters.title')}</span>{' '}
        <span className="filter-value">{[countySummary, periodSummary].filter(Boolean).join(' · ')}</span>
      </button>
      <div className="filter-panel" id="filter-panel">
        <details
          ref={countyList}
          className="county-filter"
          data-testid="filter-counties"
          onBlur={(event) => {
            // The list floats over the page on a wide screen: it closes once the focus has left it.
            if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) event.currentTarget.open = false;
          }}
        >
          <summary>
            <span className="filter-label">{t('filters.counties')}</span> <span className="filter-value">{countySummary}</span>
          </summary>
          <div className="county-options">
            {searchable && (
              <input
                type="search"
                className="county-search"
                data-testid="county-search"
                value={query}
                aria-label={t('filters.searchCounties')}
                placeholder={t('filters.searchPlaceholder')}
                onChange={(event) => setQuery(event.target.value)}
              />
            )}
            {/* aria-disabled, not disabled: a button that disables itself when pressed would drop the keyboard's focus. */}
            <button
              type="button"
              className="link-button"
              aria-disabled={chosen.size === 0}
              onClick={() => chosen.size > 0 && dispatch({ type: 'set-counties', counties: [] })}
            >
              {t('filters.clearCounties')}
            </button>
            {listed.length === 0 && (
              <p className="county-search-empty" role="status">
                {t('filters.searchNone', { query: query.trim() })}
              </p>
            )}
            {listed.map(({ code, name }) => (
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
        <button
          type="button"
          className="secondary-button"
          data-testid="filter-reset"
          aria-disabled={!hasFilters}
          onClick={() => hasFilters && dispatch({ type: 'reset-filters' })}
        >
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
