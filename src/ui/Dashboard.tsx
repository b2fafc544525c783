import { lazy, Suspense, useMemo, type Dispatch } from 'react';
import { translator } from '../i18n/translate';
import { DATASET_IDS } from '../data/schema';
import type { withUploads } from '../data/uploads/applyUpload';
import type { LoadedDataset } from '../data/load/loadShippedDataset';
import {
  CHART_DATASET,
  CHART_NAMES,
  dashboardCharts,
  deriveCountyDetail,
  deriveFigureCharts,
  deriveFigures,
  deriveJobsCharts,
  deriveTableRows,
} from '../state/buildDashboard';
import type { ViewAction, ViewState } from '../state/viewState';
import { isShareable, viewAddress } from '../state/permalink';
import { areaOfView } from '../state/countyFilter';
import { provenanceOf, uploadsShown } from '../state/provenance';
import { UploadsBanner } from './provenance/UploadsBanner';
import { SyntheticBanner } from './provenance/SyntheticBanner';
import { FilterBar } from './filters/FilterBar';
import { KpiCards } from './summary/KpiCards';
import { Breadcrumb } from './navigation/Breadcrumb';
import { Headline } from './summary/Headline';
import { ChartCard } from './charts/ChartCard';
import { ProgressUnitPicker } from './charts/ProgressUnitPicker';
import { ProgressCard } from './charts/ProgressCard';
import { deriveProgressChart } from '../state/progressChart';
import { countyMapOf } from '../state/countyMapView';
import { EmbedCode } from './charts/EmbedCode';
import { JobsMeasurePicker } from './charts/JobsMeasurePicker';
import { CountyTable } from './table/CountyTable';
import { CountyDetail } from './table/CountyDetail';
import { SourcesList } from './provenance/SourcesList';
import { DataChecks } from './provenance/DataChecks';
import { ViewBoundary } from './common/ViewBoundary';
import { LoadedTables } from './import/LoadedTables';
import { DataDictionary } from './provenance/DataDictionary';
import type { Uploads } from './import/useUploads';

// The map, its chart type and its boundaries load only when the dashboard draws it, not with the first paint.
const CountyMapCard = lazy(() => import('./charts/CountyMapCard'));
const ProvinceTileCard = lazy(() => import('./charts/ProvinceTileCard'));

interface DashboardProps {
  loaded: LoadedDataset;
  /** The shipped data with the applied uploads in place. */
  shown: ReturnType<typeof withUploads>;
  uploads: Uploads;
  view: ViewState;
  dispatch: Dispatch<ViewAction>;
}

/** The dashboard of one dataset in one view: every part derived from the slice of the view it reads. */
export function Dashboard({ loaded, shown, uploads, view, dispatch }: DashboardProps) {
  const { data } = shown;
  const context = useMemo(() => ({ lang: view.lang, t: translator(view.lang) }), [view.lang]);
  const { t } = context;
  // Each slice is kept until what it reads changes: a sort redraws the table, not the charts.
  const { area, counties: chosenCounties, period, jobsMeasure, sort, group, selectedCounty, progressUnit } = view;
  const figures = useMemo(() => deriveFigures(data, { area, counties: chosenCounties, period }), [data, area, chosenCounties, period]);
  const figureCharts = useMemo(() => deriveFigureCharts(figures, context), [figures, context]);
  const jobsCharts = useMemo(() => deriveJobsCharts(figures, jobsMeasure, context), [figures, jobsMeasure, context]);
  const { charts } = dashboardCharts(figureCharts, jobsCharts);
  const progress = useMemo(
    () => deriveProgressChart(loaded.progress.points, area, period, progressUnit, context),
    [loaded.progress.points, area, period, progressUnit, context],
  );
  const countyMap = useMemo(() => countyMapOf(figures), [figures]);
  const tableRows = useMemo(() => deriveTableRows(figures, sort, group), [figures, sort, group]);
  const detail = useMemo(() => deriveCountyDetail(figures, selectedCounty), [figures, selectedCounty]);
  const provenance = useMemo(() => provenanceOf(loaded, uploads.tables), [loaded, uploads.tables]);
  const applied = useMemo(() => uploadsShown(uploads.tables), [uploads.tables]);
  // The page's own address with this view, for the embed code (the address bar catches up just after rendering).
  const pageUrl = useMemo(() => viewAddress(window.location.href, view), [view]);
  const shareable = isShareable(window.location.href);
  const exportScope = {
    dataset: view.dataset,
    counties: figures.chosenCountyNames,
    area: areaOfView(figures.countyOptions, figures.chosenCountyNames, context.lang, context.t),
  };

  return (
    <>
      {provenance.anySynthetic && <SyntheticBanner />}
      {applied.length > 0 && <UploadsBanner shown={applied} />}
      <ViewBoundary label={t('filters.title')}>
        <FilterBar counties={figures.countyOptions} years={figures.years} chosenCounties={view.counties} period={view.period} dispatch={dispatch} />
      </ViewBoundary>
      {(figures.path.length > 1 || figures.childLevel !== 'county') && <Breadcrumb path={figures.path} dispatch={dispatch} />}
      <ViewBoundary label={t('app.subtitle')}>
        <Headline figures={figures} />
        <KpiCards summary={figures.overall} cards={figures.cards} figuresFrom={figures.figuresFrom} />
      </ViewBoundary>
      <h2 className="visually-hidden">{t('charts.heading')}</h2>
      <div className="chart-grid">
        {figures.childLevel === 'province' && (
          <ViewBoundary label={t('chart.province-tiles.title', { measure: t('kpi.people') })}>
            <Suspense fallback={<p className="status chart-card wide-card">{t('chart.county-map.loading')}</p>}>
              <ProvinceTileCard
                provinces={figures.byCounty}
                measure={view.mapMeasure}
                onMeasure={(measure) => dispatch({ type: 'set-map-measure', measure })}
                onSelectProvince={(code) => dispatch({ type: 'set-area', area: code })}
                synthetic={provenance.synthetic.relocation}
                sources={figures.sources.relocation}
                period={figures.period}
                exportScope={exportScope}
                footer={(spec) =>
                  shareable && <EmbedCode name="province-tiles" spec={spec} pageUrl={pageUrl} showsUploads={provenance.showsUploads.relocation} />
                }
              />
            </Suspense>
          </ViewBoundary>
        )}
        {countyMap && (
          <ViewBoundary label={t('chart.county-map.title', { measure: t('kpi.people') })}>
            <Suspense fallback={<p className="status chart-card wide-card">{t('chart.county-map.loading')}</p>}>
              <CountyMapCard
                counties={countyMap.counties}
                measure={view.mapMeasure}
                onMeasure={(measure) => dispatch({ type: 'set-map-measure', measure })}
                onSelectCounty={(code) => dispatch(countyMap.drills ? { type: 'set-area', area: code } : { type: 'select-county', code })}
                synthetic={provenance.synthetic.relocation}
                sources={figures.sources.relocation}
                period={figures.period}
                exportScope={exportScope}
                footer={(spec) => shareable && <EmbedCode name="county-map" spec={spec} pageUrl={pageUrl} showsUploads={provenance.showsUploads.relocation} />}
              />
            </Suspense>
          </ViewBoundary>
        )}
        {progress && (
          <ViewBoundary label={progress.spec.title}>
            <ProgressCard
              progress={progress}
              synthetic={loaded.synthetic}
              controls={<ProgressUnitPicker unit={progress.unit} units={progress.units} dispatch={dispatch} />}
              exportScope={exportScope}
            >
              {/* Uploads never hold progress lines: the embed shows what the page shows. */}
              {shareable && <EmbedCode name="progress" spec={progress.spec} pageUrl={pageUrl} showsUploads={false} />}
            </ProgressCard>
          </ViewBoundary>
        )}
        {CHART_NAMES.map((name) => {
          const dataset = CHART_DATASET[name];
          const spec = charts[name];
          return (
            <ViewBoundary key={name} label={spec.title}>
              <ChartCard
                name={name}
                spec={spec}
                synthetic={provenance.synthetic[dataset]}
                sources={figures.sources[dataset]}
                controls={dataset === 'jobs' ? <JobsMeasurePicker chart={spec.title} measure={jobsCharts.jobsMeasure} dispatch={dispatch} /> : undefined}
                period={figures.chartPeriods[name]}
                exportScope={exportScope}
              >
                {shareable && <EmbedCode name={name} spec={spec} pageUrl={pageUrl} showsUploads={provenance.showsUploads[dataset]} />}
              </ChartCard>
            </ViewBoundary>
          );
        })}
      </div>
      <ViewBoundary label={t('table.title')}>
        <CountyTable
          counties={tableRows}
          period={figures.period}
          dataset={view.dataset}
          sort={view.sort}
          synthetic={provenance.anySynthetic}
          sources={figures.allSources}
          area={exportScope.area}
          dispatch={dispatch}
        />
      </ViewBoundary>
      {detail && (
        <ViewBoundary key={detail.county.county_code} label={t('detail.title', { county: detail.county.county })}>
          <CountyDetail county={detail.county} figures={detail.figures} synthetic={provenance.anySynthetic} dispatch={dispatch} />
        </ViewBoundary>
      )}
      <ViewBoundary label={t('sources.title')}>
        <SourcesList sources={figures.sources} />
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
        <DataChecks imports={provenance.shippedImports} combined={shown.problems} progress={loaded.progress.problems} />
      </ViewBoundary>
    </>
  );
}
