import { useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import { DATASETS, DATASET_IDS } from '../../data/schema';
import type { CountyFigure } from '../../data/aggregate/countyFigures';
import type { CountySummary } from '../../data/aggregate/summarise';
import { columnLabel } from '../../i18n/columnLabel';
import { formatNumber } from '../../i18n/format';
import type { ViewAction } from '../../state/viewState';
import { SyntheticBadge } from '../provenance/SyntheticBadge';
import { useI18n } from '../common/I18nContext';

interface CountyDetailProps {
  county: CountySummary;
  figures: readonly CountyFigure[];
  synthetic: boolean;
  dispatch: Dispatch<ViewAction>;
}

function unitOf(figure: CountyFigure, lang: 'zh' | 'en'): string {
  const column = DATASETS[figure.datasetId].columns.find((candidate) => candidate.key === figure.column);
  return column?.type === 'year' ? '' : (column?.unit?.[lang] ?? '');
}

/**
 * Every figure the data holds for one county, with its period and numbered source, in a modal dialog:
 * Escape or the close button closes it and the browser returns focus to the county that opened it.
 */
export function CountyDetail({ county, figures, synthetic, dispatch }: CountyDetailProps) {
  const { lang, t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const sources = [...new Set(figures.map((figure) => figure.source ?? ''))];
  const notes = [...new Set(figures.map((figure) => figure.note).filter((note): note is string => Boolean(note)))];
  // Each source with the words it states its figures in, so a reader can check a figure against its sentence.
  const quotes = (source: string) => [...new Set(figures.flatMap((figure) => ((figure.source ?? '') === source && figure.quote ? [figure.quote] : [])))];
  return (
    <dialog
      ref={dialog}
      className="county-detail"
      data-testid="county-detail"
      aria-labelledby="county-detail-title"
      onClose={() => dispatch({ type: 'select-county', code: null })}
    >
      <div className="detail-heading">
        <div>
          <h2 id="county-detail-title">{t('detail.title', { county: county.county })}</h2>
          <p className="detail-division">
            {t('detail.division', { province: county.province ?? '', prefecture: county.prefecture ?? '', code: county.county_code })}
          </p>
        </div>
        {synthetic && <SyntheticBadge />}
        {/* The whole dashboard of the place: its cards, charts and table, reached from any level above it. */}
        <button type="button" className="secondary-button" data-action="drill" onClick={() => dispatch({ type: 'set-area', area: county.county_code })}>
          {t('detail.openArea', { area: county.county })}
        </button>
        <button type="button" className="secondary-button" onClick={() => dialog.current?.close()} autoFocus>
          {t('detail.close')}
        </button>
      </div>
      {DATASET_IDS.map((datasetId) => {
        const rows = figures.filter((figure) => figure.datasetId === datasetId);
        return (
          <section key={datasetId} className="detail-section">
            <h3>{DATASETS[datasetId].title[lang]}</h3>
            {rows.length === 0 ? (
              <p className="unknown">{t('detail.noRecords')}</p>
            ) : (
              <table className="detail-table">
                <thead>
                  <tr>
                    <th scope="col">{t('detail.figure')}</th>
                    <th scope="col" className="number">
                      {t('detail.value')}
                    </th>
                    <th scope="col">{t('detail.period')}</th>
                    <th scope="col">{t('detail.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((figure) => (
                    <tr key={`${figure.line}-${figure.column}`} data-field={figure.column}>
                      <td>
                        {figure.subject && <span className="detail-subject">{figure.subject} · </span>}
                        {columnLabel(datasetId, figure.column, lang, { withoutUnit: true })}
                        {figure.derived && <span className="derived-mark"> {t('detail.derivedMark')}</span>}
                      </td>
                      <td className="number">
                        {figure.column === 'opened' ? figure.value : formatNumber(figure.value, lang, 2)} {unitOf(figure, lang)}
                      </td>
                      <td>{figure.period.label}</td>
                      <td>[{sources.indexOf(figure.source ?? '') + 1}]</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <section className="detail-section">
        <h3>{t('detail.source')}</h3>
        <ol className="detail-sources">
          {sources.map((source) => (
            <li key={source}>
              {source || t('kpi.unknown')}
              {quotes(source).map((quote) => (
                <blockquote key={quote} className="detail-quote" data-testid="detail-quote">
                  {quote}
                </blockquote>
              ))}
            </li>
          ))}
        </ol>
        {notes.length > 0 && (
          <>
            <h3>{t('detail.note')}</h3>
            <ul className="detail-notes">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </dialog>
  );
}
