import { countyMapOf } from '../../state/countyMapView';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { translator } from '../../i18n/translate';
import { areaOfView } from '../../state/countyFilter';
import { buildDashboard, CHART_DATASET, type EmbeddableName } from '../../state/buildDashboard';
import type { ViewState } from '../../state/viewState';
import { fitViewToData } from '../../state/fitViewToData';
import { mapMeasure } from '../../state/mapMeasures';
import { I18nContext } from '../common/I18nContext';
import { LoadStatus } from '../LoadStatus';
import { ViewBoundary } from '../common/ViewBoundary';
import { ChartCard } from './ChartCard';
import { ProgressCard } from './ProgressCard';
import { useShippedDataset } from '../useShippedDataset';
import { deriveProgressChart } from '../../state/progressChart';

// As on the dashboard, the map's chart type and boundaries load only when it is drawn.
const CountyMapCard = lazy(() => import('./CountyMapCard'));
const ProvinceTileCard = lazy(() => import('./ProvinceTileCard'));

interface EmbedViewProps {
  name: EmbeddableName;
  /** The view the link names: dataset, language, filters. */
  view: ViewState;
}

/**
 * One chart alone, filling its frame, for `?embed=<name>`: its title, notes, source line and synthetic label, and
 * nothing else of the page. It shows the shipped data only; uploads live in one browser and a reader's frame has none.
 */
export function EmbedView({ name, view }: EmbedViewProps) {
  const { state, retry } = useShippedDataset(view.dataset);
  const i18n = useMemo(() => ({ lang: view.lang, t: translator(view.lang) }), [view.lang]);
  const { t } = i18n;
  const loaded = state.status === 'ready' ? state.dataset : null;
  const dashboard = useMemo(() => (loaded ? buildDashboard(loaded.data, fitViewToData(view, loaded.data), i18n) : null), [loaded, view, i18n]);
  const isMap = name === 'county-map' || name === 'province-tiles';
  const progress = useMemo(
    () => (loaded && name === 'progress' ? deriveProgressChart(loaded.progress.points, view.area, view.period, view.progressUnit, i18n) : null),
    [loaded, name, view.area, view.period, view.progressUnit, i18n],
  );
  const spec = name === 'progress' ? progress?.spec : isMap ? null : dashboard?.charts[name];
  // The map's measure can be changed in the frame; the page's address stays the embedder's.
  const [chosenMapMeasure, setMapMeasure] = useState(view.mapMeasure);
  const measureLabel = mapMeasure(chosenMapMeasure, t).label;
  const title =
    name === 'county-map'
      ? t('chart.county-map.title', { measure: measureLabel })
      : name === 'province-tiles'
        ? t('chart.province-tiles.title', { measure: measureLabel })
        : (spec?.title ?? t('app.title'));

  const exportScope = dashboard && {
    dataset: view.dataset,
    counties: dashboard.chosenCountyNames,
    area: areaOfView(dashboard.countyOptions, dashboard.chosenCountyNames, view.lang, i18n.t),
  };

  useEffect(() => {
    document.title = title;
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  }, [title, view.lang]);

  // Both maps colour the relocation figures by the measure chosen in the frame.
  const mapProps =
    loaded && dashboard && exportScope
      ? {
          measure: chosenMapMeasure,
          onMeasure: setMapMeasure,
          synthetic: loaded.synthetic,
          sources: dashboard.sources.relocation,
          period: dashboard.period,
          exportScope,
        }
      : null;

  return (
    <I18nContext.Provider value={i18n}>
      <main className="embed-view" data-testid="embed-view">
        <LoadStatus state={state} waiting={false} onRetry={retry} />
        {dashboard && mapProps && name === 'county-map' && (
          <ViewBoundary label={title}>
            <Suspense fallback={<p className="status">{t('chart.county-map.loading')}</p>}>
              <CountyMapCard counties={countyMapOf(dashboard)?.counties ?? dashboard.byCounty} {...mapProps} />
            </Suspense>
          </ViewBoundary>
        )}
        {dashboard && mapProps && name === 'province-tiles' && (
          <ViewBoundary label={title}>
            <Suspense fallback={<p className="status">{t('chart.county-map.loading')}</p>}>
              <ProvinceTileCard provinces={dashboard.byCounty} {...mapProps} />
            </Suspense>
          </ViewBoundary>
        )}
        {loaded && exportScope && progress && name === 'progress' && (
          <ViewBoundary label={progress.spec.title}>
            <ProgressCard progress={progress} synthetic={loaded.synthetic} exportScope={exportScope} />
          </ViewBoundary>
        )}
        {loaded && name === 'progress' && !progress && (
          <p className="chart-empty" role="status">
            {t('chart.empty')}
          </p>
        )}
        {loaded && dashboard && exportScope && spec && !isMap && name !== 'progress' && (
          <ViewBoundary label={spec.title}>
            <ChartCard
              name={name}
              spec={spec}
              synthetic={loaded.synthetic}
              sources={dashboard.sources[CHART_DATASET[name]]}
              period={dashboard.chartPeriods[name]}
              exportScope={exportScope}
            />
          </ViewBoundary>
        )}
      </main>
    </I18nContext.Provider>
  );
}
