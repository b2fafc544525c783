import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { Dispatch } from 'react';
import { translator } from '../i18n/translate';
import { countyFigures } from '../data/aggregate/countyFigures';
import { JOBS_MEASURES } from '../data/aggregate/jobsBreakdown';
import { DATASET_IDS, type DatasetId } from '../data/schema';
import type { ImportResult } from '../data/finishImport';
import type { ApplyMode } from '../data/uploads/applyUpload';
import { showsShippedRows, withUploads } from '../data/uploads/applyUpload';
import type { LoadedDataset } from '../data/load/loadShippedDataset';
import { CHART_DATASET, CHART_NAMES, dashboardCharts, deriveFigureCharts, deriveFigures, deriveJobsCharts, deriveTableRows } from '../state/buildDashboard';
import { viewReducer, type ViewAction, type ViewState } from '../state/viewState';
import { fitViewToData } from '../state/fitViewToData';
import { embeddedChart, queryToView, withView } from '../state/permalink';
import { I18nContext } from './I18nContext';
import { LoadStatus } from './LoadStatus';
import { Header } from './Header';
import { SyntheticBanner } from './SyntheticBanner';
import { FilterBar } from './FilterBar';
import { KpiCards } from './KpiCards';
import { ChartCard } from './ChartCard';
import { EmbedCode } from './EmbedCode';
import { EmbedView } from './EmbedView';
import { CountyTable } from './CountyTable';
import { CountyDetail } from './CountyDetail';
import { SourcesList } from './SourcesList';
import { DataChecks } from './DataChecks';
import { ImportDialog } from './ImportDialog';
import { ViewBoundary } from './ViewBoundary';

// The map, its chart type and its boundaries load only when the dashboard draws it, not with the first paint.
const CountyMapCard = lazy(() => import('./CountyMapCard'));
import { LoadedTables } from './LoadedTables';
import { DataDictionary } from './DataDictionary';
import { useShippedDataset } from './useShippedDataset';
import { useUploads, type Uploads } from './useUploads';
import { useImportQueue } from './useImportQueue';

interface DashboardProps {
  loaded: LoadedDataset;
  /** The shipped data with the applied uploads in place. */
  shown: ReturnType<typeof withUploads>;
  uploads: Uploads;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
}

function Dashboard({ loaded, shown, uploads, view, dispatch }: DashboardProps) {
  const { data } = shown;
  // A table is synthetic while it shows the demo's rows; an upload in their place is the analyst's own.
  const synthetic = (datasetId: DatasetId) => loaded.synthetic && showsShippedRows(datasetId, uploads.tables);
  const anySynthetic = DATASET_IDS.some(synthetic);
  const context = useMemo(() => ({ lang: view.lang, t: translator(view.lang) }), [view.lang]);
  const { t } = context;
  // Each slice is kept until what it reads changes: a sort redraws the table, not the charts.
  const { counties: chosenCounties, period, jobsMeasure, sort, group } = view;
  const figures = useMemo(() => deriveFigures(data, { counties: chosenCounties, period }), [data, chosenCounties, period]);
  const figureCharts = useMemo(() => deriveFigureCharts(figures, context), [figures, context]);
  const jobsCharts = useMemo(() => deriveJobsCharts(figures, jobsMeasure, context), [figures, jobsMeasure, context]);
  const charts = dashboardCharts(figureCharts, jobsCharts);
  const tableRows = useMemo(() => deriveTableRows(figures, sort, group), [figures, sort, group]);
  const dashboard = { ...figures, ...charts, counties: tableRows };
  // A county, whatever the table's grouping: the map and the table's county rows both select one.
  const selected = dashboard.byCounty.find((county) => county.county_code === view.selectedCounty);
  // The page's own address with this view, for the embed code (the address bar catches up just after rendering).
  const pageUrl = useMemo(() => {
    const url = new URL(window.location.href);
    url.search = withView(url.search, view);
    url.hash = '';
    return url.href;
  }, [view]);
  // A file:// page (the offline build) has no address anyone else can open: no embed code for it.
  const shareable = window.location.protocol !== 'file:';
  const shippedImports = Object.fromEntries(Object.entries(loaded.imports).filter(([id]) => showsShippedRows(id as DatasetId, uploads.tables)));

  // One picker on each jobs chart, both showing the same choice; each is named by its own chart.
  const jobsMeasurePicker = (chart: string) => (
    <label className="measure-picker">
      <span className="visually-hidden">
        {t('chart.measureLabel')}
        {t('chart.whichChart', { chart })}
      </span>
      <select
        value={dashboard.jobsMeasure}
        onChange={(event) => dispatch({ type: 'set-jobs-measure', measure: event.target.value as (typeof JOBS_MEASURES)[number] })}
      >
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
      {anySynthetic && <SyntheticBanner />}
      <ViewBoundary label={t('filters.title')}>
        <FilterBar counties={dashboard.countyOptions} years={dashboard.years} chosenCounties={view.counties} period={view.period} dispatch={dispatch} />
      </ViewBoundary>
      <ViewBoundary label={t('app.subtitle')}>
        <KpiCards summary={dashboard.overall} />
      </ViewBoundary>
      <h2 className="visually-hidden">{t('charts.heading')}</h2>
      <div className="chart-grid">
        <ViewBoundary label={t('chart.county-map.title', { measure: t('kpi.people') })}>
          <Suspense fallback={<p className="status chart-card wide-card">{t('chart.county-map.loading')}</p>}>
            <CountyMapCard
              counties={dashboard.byCounty}
              measure={view.mapMeasure}
              onMeasure={(measure) => dispatch({ type: 'set-map-measure', measure })}
              onSelectCounty={(code) => dispatch({ type: 'select-county', code })}
              synthetic={synthetic('relocation')}
              sources={dashboard.sources.relocation}
              period={dashboard.period}
              exportScope={{ dataset: view.dataset, counties: dashboard.chosenCountyNames }}
            />
          </Suspense>
        </ViewBoundary>
        {CHART_NAMES.map((name) => (
          <ViewBoundary key={name} label={dashboard.charts[name].title}>
            <ChartCard
              name={name}
              spec={dashboard.charts[name]}
              synthetic={synthetic(CHART_DATASET[name])}
              sources={dashboard.sources[CHART_DATASET[name]]}
              controls={CHART_DATASET[name] === 'jobs' ? jobsMeasurePicker(dashboard.charts[name].title) : undefined}
              period={dashboard.chartPeriods[name]}
              exportScope={{ dataset: view.dataset, counties: dashboard.chosenCountyNames }}
            >
              {shareable && (
                <EmbedCode name={name} spec={dashboard.charts[name]} pageUrl={pageUrl} showsUploads={!showsShippedRows(CHART_DATASET[name], uploads.tables)} />
              )}
            </ChartCard>
          </ViewBoundary>
        ))}
      </div>
      <ViewBoundary label={t('table.title')}>
        <CountyTable
          counties={dashboard.counties}
          period={dashboard.period}
          dataset={view.dataset}
          sort={view.sort}
          synthetic={anySynthetic}
          dispatch={dispatch}
        />
      </ViewBoundary>
      {selected && (
        <ViewBoundary key={selected.county_code} label={t('detail.title', { county: selected.county })}>
          <CountyDetail county={selected} figures={countyFigures(dashboard.filtered, selected.county_code)} synthetic={anySynthetic} dispatch={dispatch} />
        </ViewBoundary>
      )}
      <ViewBoundary label={t('sources.title')}>
        <SourcesList sources={dashboard.sources} />
      </ViewBoundary>
      <ViewBoundary label={t('loaded.title')}>
        <LoadedTables
          tables={uploads.tables}
          shippedName={t(`dataset.${loaded.id}`)}
          shownRows={Object.fromEntries(DATASET_IDS.map((id) => [id, data[id].length]))}
          notice={uploads.notice}
          onReset={uploads.reset}
        />
      </ViewBoundary>
      <ViewBoundary label={t('dictionary.title')}>
        <DataDictionary />
      </ViewBoundary>
      <ViewBoundary label={t('footer.checks')}>
        <DataChecks imports={shippedImports} combined={shown.problems} />
      </ViewBoundary>
    </>
  );
}

/** Writes the view into the page's address on every change, so the address is always a permalink. */
function useViewInAddress(view: ViewState): void {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const query = withView(search, view);
    if (query !== search) window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
  }, [view]);
}

/** The page as the address asks: one chart alone for `?embed=<chart>`, otherwise the whole dashboard in the view it names. */
export function App() {
  const [start] = useState(() => ({ embed: embeddedChart(window.location.search, CHART_NAMES), view: queryToView(window.location.search) }));
  return start.embed ? <EmbedView name={start.embed} view={start.view} /> : <DashboardPage initialView={start.view} />;
}

/** The page: header, then the dashboard of the chosen shipped dataset, with any applied uploads in place of its tables. */
function DashboardPage({ initialView }: { initialView: ViewState }) {
  const [chosen, dispatch] = useReducer(viewReducer, initialView);
  const { state, retry } = useShippedDataset(chosen.dataset);
  const uploads = useUploads();
  const queue = useImportQueue();
  const i18n = useMemo(() => ({ lang: chosen.lang, t: translator(chosen.lang) }), [chosen.lang]);
  const { t } = i18n;
  useEffect(() => {
    document.title = t('app.title');
    document.documentElement.lang = chosen.lang === 'zh' ? 'zh-CN' : 'en';
  }, [t, chosen.lang]);

  const shipped = state.status === 'ready' ? state.dataset.data : null;
  const shown = useMemo(() => (shipped ? withUploads(shipped, uploads.tables) : null), [shipped, uploads.tables]);
  // A link may name counties or years this data does not have: the page shows (and the address says) what it can.
  const view = useMemo(() => (shown ? fitViewToData(chosen, shown.data) : chosen), [chosen, shown]);
  useViewInAddress(view);
  const { apply } = uploads;
  const { next } = queue;
  const applyImport = useCallback(
    (result: ImportResult, mode: ApplyMode) => {
      apply(result, mode);
      next();
    },
    [apply, next],
  );
  const ready = state.status === 'ready' && uploads.ready;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="page">
        <Header dataset={view.dataset} dispatch={dispatch} onFiles={queue.addFiles} />
        <main>
          <LoadStatus state={state} waiting={!uploads.ready} onRetry={retry} />
          {state.status === 'ready' && uploads.ready && shown && (
            // Around the whole dashboard too: deriving it (buildDashboard) could fail for all its parts at once.
            <ViewBoundary label={t(`dataset.${state.dataset.id}`)}>
              <Dashboard loaded={state.dataset} shown={shown} uploads={uploads} view={view} dispatch={dispatch} />
            </ViewBoundary>
          )}
        </main>
        <ViewBoundary label={t('upload.button')}>
          <ImportDialog
            step={queue.state.step}
            waiting={queue.state.waiting.length}
            applyBlocked={ready ? null : t('report.notReady')}
            applied={uploads.tables}
            onChooseDataset={queue.chooseDataset}
            onApply={applyImport}
            onRecount={queue.recount}
            onNext={queue.next}
          />
        </ViewBoundary>
        <footer className="page-footer">
          <p>{t('footer.about')}</p>
        </footer>
      </div>
    </I18nContext.Provider>
  );
}
