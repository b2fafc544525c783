import { useEffect, useMemo } from 'react';
import { translator } from '../../i18n/translate';
import { areaOfView } from '../../state/countyFilter';
import { buildDashboard, CHART_DATASET, type ChartName } from '../../state/buildDashboard';
import type { ViewState } from '../../state/viewState';
import { fitViewToData } from '../../state/fitViewToData';
import { I18nContext } from '../common/I18nContext';
import { LoadStatus } from '../LoadStatus';
import { ViewBoundary } from '../common/ViewBoundary';
import { ChartCard } from './ChartCard';
import { useShippedDataset } from '../useShippedDataset';

interface EmbedViewProps {
  name: ChartName;
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
  const spec = dashboard?.charts[name];
  const title = spec?.title ?? t('app.title');

  useEffect(() => {
    document.title = title;
    document.documentElement.lang = view.lang === 'zh' ? 'zh-CN' : 'en';
  }, [title, view.lang]);

  return (
    <I18nContext.Provider value={i18n}>
      <main className="embed-view" data-testid="embed-view">
        <LoadStatus state={state} waiting={false} onRetry={retry} />
        {loaded && dashboard && spec && (
          <ViewBoundary label={spec.title}>
            <ChartCard
              name={name}
              spec={spec}
              synthetic={loaded.synthetic}
              sources={dashboard.sources[CHART_DATASET[name]]}
              period={dashboard.chartPeriods[name]}
              exportScope={{
                dataset: view.dataset,
                counties: dashboard.chosenCountyNames,
                area: areaOfView(dashboard.countyOptions, dashboard.chosenCountyNames, view.lang, i18n.t),
              }}
            />
          </ViewBoundary>
        )}
      </main>
    </I18nContext.Provider>
  );
}
