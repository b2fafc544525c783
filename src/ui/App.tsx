import { useEffect, useMemo, useReducer } from 'react';
import { translator } from '../i18n/translate';
import { yearSpan } from '../data/aggregate/filterDataset';
import { summariseByCounty } from '../data/aggregate/summarise';
import { countyFigures } from '../data/aggregate/countyFigures';
import { JOBS_MEASURES } from '../data/aggregate/jobsBreakdown';
import { buildDashboard, CHART_DATASET, CHART_NAMES } from '../state/buildDashboard';
import { INITIAL_VIEW, viewReducer } from '../state/viewState';
import type { LoadedDataset } from '../data/load/loadShippedDataset';
import { I18nContext } from './I18nContext';
import { Header } from './Header';
import { SyntheticBanner } from './SyntheticBanner';
import { FilterBar } from './FilterBar';
import { KpiCards } from './KpiCards';
import { ChartCard } from './ChartCard';
import { CountyTable } from './CountyTable';
import { CountyDetail } from './CountyDetail';
import { SourcesList } from './SourcesList';
import { DataChecks } from './DataChecks';
import { useShippedDataset } from './useShippedDataset';
import type { Dispatch } from 'react';
import type { ViewAction, ViewState } from '../state/viewState';

function Dashboard({ loaded, view, dispatch }: { loaded: LoadedDataset; view: ViewState; dispatch: Dispatch<ViewAction> }) {
  const { data, synthetic } = loaded;
  const context = useMemo(() => ({ lang: view.lang, t: translator(view.lang) }), [view.lang]);
  const { t } = context;
  const dashboard = useMemo(() => buildDashboard(data, view, context), [data, view, context]);
  const allCounties = useMemo(() => summariseByCounty(data).map((s) => ({ code: s.county_code, name: s.county })), [data]);
  const years = useMemo(() => yearSpan(data), [data]);
  const selected = dashboard.counties.find((county) => county.county_code === view.selectedCounty);

  const jobsMeasurePicker = (
    <label className="measure-picker">
      <span className="visually-hidden">{t('chart.measureLabel')}</span>
      <select value={dashboard.jobsMeasure} onChange={(event) => dispatch({ type: 'set-jobs-measure', measure: event.target.value as (typeof JOBS_MEASURES)[number] })}>
        {JOBS_MEASURES.map((measure) => (
          <option key={measure} value={measure}>
            {t(`jobsMeasure.${measure}`)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      {synthetic && <SyntheticBanner />}
      <FilterBar counties={allCounties} years={years} chosenCounties={view.counties} period={view.period} dispatch={dispatch} />
      <KpiCards summary={dashboard.overall} />
      <div className="chart-grid">
        {CHART_NAMES.map((name) => (
          <ChartCard
            key={name}
            name={name}
            spec={dashboard.charts[name]}
            synthetic={synthetic}
            sources={dashboard.sources[CHART_DATASET[name]]}
            controls={CHART_DATASET[name] === 'jobs' ? jobsMeasurePicker : undefined}
          />
        ))}
      </div>
      <CountyTable counties={dashboard.counties} sort={view.sort} synthetic={synthetic} dispatch={dispatch} />
      {selected && (
        <CountyDetail key={selected.county_code} county={selected} figures={countyFigures(dashboard.filtered, selected.county_code)} synthetic={synthetic} dispatch={dispatch} />
      )}
      <SourcesList data={dashboard.filtered} />
      <DataChecks imports={loaded.imports} />
    </>
  );
}

/** The page: header, then the dashboard of the chosen shipped dataset once it has loaded. */
export function App() {
  const [view, dispatch] = useReducer(viewReducer, INITIAL_VIEW);
  const { state, retry } = useShippedDataset(view.dataset);
  const i18n = useMemo(() => ({ lang: view.lang, t: translator(view.lang) }), [view.lang]);
  const { t } = i18n;
  useEffect(() => {
    document.title = t('app.title');
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  }, [t, view.lang]);
  return (
    <I18nContext.Provider value={i18n}>
      <div className="page">
        <Header dataset={view.dataset} dispatch={dispatch} />
        <main>
          {state.status === 'loading' && <p className="status" role="status">{t('app.loading')}</p>}
          {state.status === 'error' && (
            <div className="status status-error" role="alert">
              <p>{t('app.loadFailed', { reason: state.message })}</p>
              <button type="button" onClick={retry}>
                {t('app.retry')}
              </button>
            </div>
          )}
          {state.status === 'ready' && <Dashboard loaded={state.dataset} view={view} dispatch={dispatch} />}
        </main>
        <footer className="page-footer">
          <p>{t('footer.about')}</p>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
