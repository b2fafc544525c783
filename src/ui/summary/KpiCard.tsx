import type { FigureSummary } from '../../data/aggregate/summarise';
import { formatLarge, formatNumber } from '../../i18n/format';
import type { CardView } from '../../state/cardViews';
import { missingReasonText } from '../../state/missingReason';
import { digitsOf } from '../../state/measures';
import { placesNamed } from '../../state/headline';

import { useI18n } from '../common/I18nContext';

/** One headline figure, as its measure defines it, with the years it covers: a figure not stated says why, never 0, and the rows left blank are counted. */
export function KpiCard({ card: view, summary, from }: { card: CardView; summary: FigureSummary; from: readonly string[] | null }) {
  const { lang, t } = useI18n();
  const { definition, period, reason } = view;
  const { card } = definition;
  const measure = definition.stated(summary);
  const figure = definition.read(summary);
  const detail = figure === null ? reason && missingReasonText(reason, lang, t) : card.detail?.(summary, lang, t);
  return (
    <div className={`kpi${figure !== null ? '' : ' kpi-unknown'}`} data-testid={`${card.testId}-card`}>
      <div className="kpi-label">
        {t(card.label ?? definition.label)}
        {figure !== null && period && <span className="kpi-period"> · {t('kpi.period', { period })}</span>}
      </div>
      <div className="kpi-figure">
        <span className="kpi-value" data-testid={card.testId}>
          {figure === null
            ? t('kpi.unknown')
            : digitsOf(definition.format) === 0
              ? formatLarge(figure, lang)
              : formatNumber(figure, lang, digitsOf(definition.format))}
        </span>
        {figure !== null && <span className="kpi-unit">{definition.unit === '%' ? '%' : t(definition.unit, { count: figure })}</span>}
      </div>
      {detail && <div className="kpi-detail">{detail}</div>}
      {figure === null && view.knownParts && (
        <div className="kpi-detail kpi-from" data-testid={`${card.testId}-parts`}>
          {t('kpi.knownParts', {
            count: view.knownParts.places,
            noun: t(`level.noun.${view.knownParts.level}`),
            value: formatLarge(view.knownParts.value, lang),
            unit: definition.unit === '%' ? '%' : t(definition.unit, { count: view.knownParts.value }),
          })}
        </div>
      )}
      {figure !== null && from && (
        <div className="kpi-detail kpi-from" data-testid={`${card.testId}-from`}>
          {t('kpi.fromParts', { places: placesNamed(from, lang, t) })}
        </div>
      )}
      {figure !== null && measure.approximate && (
        <div className="kpi-detail kpi-approximate" data-testid={`${card.testId}-approximate`}>
          {t('kpi.approximate')}
        </div>
      )}
      {figure !== null && measure.missing > 0 && <div className="kpi-detail kpi-partial">{t('kpi.partial', { missing: measure.missing })}</div>}
    </div>
  );
}
