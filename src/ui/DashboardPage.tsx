import { useCallback, useMemo, useReducer } from 'react';
import { translator } from '../i18n/translate';
import type { ImportResult } from '../data/finishImport';
import { withUploads, type ApplyMode } from '../data/uploads/applyUpload';
import { viewReducer, type ViewState } from '../state/viewState';
import { fitViewToData } from '../state/fitViewToData';
import { uploadsShown } from '../state/provenance';
import { I18nContext } from './common/I18nContext';
import { LoadStatus } from './LoadStatus';
import { Header } from './Header';
import { Dashboard } from './Dashboard';
import { ImportDialog } from './import/ImportDialog';
import { ViewBoundary } from './common/ViewBoundary';
import { useShippedDataset } from './useShippedDataset';
import { useUploads } from './import/useUploads';
import { useImportQueue } from './import/useImportQueue';
import { usePageLanguage } from './hooks/usePageLanguage';
import { placeShown } from '../state/placeShown';
import { placeName } from '../state/placeName';
import { useViewInAddress } from './hooks/useViewInAddress';

/** The page: header, then the dashboard of the chosen shipped dataset, with any applied uploads in place of its tables. */
export function DashboardPage({ initialView }: { initialView: ViewState }) {
  const [chosen, dispatch] = useReducer(viewReducer, initialView);
  const { state, retry } = useShippedDataset(chosen.dataset);
  const uploads = useUploads();
  const queue = useImportQueue();
  const i18n = useMemo(() => ({ lang: chosen.lang, t: translator(chosen.lang) }), [chosen.lang]);
  const { t } = i18n;

  const shipped = state.status === 'ready' ? state.dataset.data : null;
  const shown = useMemo(() => (shipped ? withUploads(shipped, uploads.tables) : null), [shipped, uploads.tables]);
  // A link may name counties or years this data does not have: the page shows (and the address says) what it can.
  const view = useMemo(() => (shown ? fitViewToData(chosen, shown.data) : chosen), [chosen, shown]);
  const place = useMemo(() => (shown ? placeShown(shown.data, view.area) : null), [shown, view.area]);
  usePageLanguage(chosen.lang, place === null ? t('app.title') : t('app.titleOf', { area: placeName(place, place, t) }));
  useViewInAddress(view, dispatch);
  const { apply } = uploads;
  const { next } = queue;
  const applyImport = useCallback(
    (results: readonly ImportResult[], mode: ApplyMode) => {
      apply(results, mode);
      next();
    },
    [apply, next],
  );
  const ready = state.status === 'ready' && uploads.ready;

  return (
    <I18nContext.Provider value={i18n}>
      <div className="page">
        <Header dataset={view.dataset} dispatch={dispatch} onFiles={queue.addFiles} showsUploads={uploads.ready && uploadsShown(uploads.tables).length > 0} />
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
            onChooseSheetDataset={queue.chooseSheetDataset}
            onApply={applyImport}
            onRecount={queue.recount}
            onMapColumns={queue.mapColumns}
            onClearMappings={queue.clearMappings}
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
