import type { FigureSummary } from '../../data/aggregate/summarise';
import { formatNumber } from '../../i18n/format';
import { CARD_MEASURES, digitsOf, type CardDefinition, type MeasureDefinition } from '../../state/measures';
import { useI18n } from '../common/I18nContext';

function Kpi({ definition, summary }: { definition: MeasureDefinition & { card: CardDefinition }; summary: FigureSummary }) {
  const { lang, t } = useI18n();
  const { card } = definition;
  const measure = definition.stated(summary);
  const figure = definition.read(summary);
  const detail = card.detail?.(summary, lang, t);
  return (
    <div className={`kpi${figure !== null ? '' : ' kpi-unknown'}`}>
      <div className="kpi-label">{t(card.label ?? definition.label)}</div>
      <div className="kpi-figure">
        <span className="kpi-value" data-testid={card.testId}>
          {figure !== null
            ? formatNumber(figure, lang, digitsOf(definition.format))
            : measure.reported + measure.missing === 0
              ? t('kpi.notInData')
              : t('kpi.unknown')}
        </span>
        {figure !== null && <span className="kpi-unit">{definition.unit === '%' ? '%' : t(definition.unit)}</span>}
      </div>
      {detail && <div className="kpi-detail">{detail}</div>}
      {figure !== null && measure.missing > 0 && <div className="kpi-detail kpi-partial">{t('kpi.partial', { missing: measure.missing })}</div>}
    </div>
  );
}

/** The headline figures of whatever the filters leave, one card per measure the registry gives one. Unknown figures say so; they never read as 0. */
export function KpiCards({ summary }: { summary: FigureSummary }) {
  const { t } = useI18n();
  return (
    <section className="kpis" aria-label={t('app.subtitle')}>
      {CARD_MEASURES.map((definition) => (
        <Kpi key={definition.key} definition={definition} summary={summary} />
      ))}
    </section>
  );
}
