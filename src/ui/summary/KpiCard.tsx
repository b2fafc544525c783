import type { FigureSummary } from '../../data/aggregate/summarise';
import { formatNumber } from '../../i18n/format';
import { digitsOf, type CardDefinition, type MeasureDefinition } from '../../state/measures';
import { useI18n } from '../common/I18nContext';

/** One headline figure, as its measure defines it: unknown and not-in-the-data said as such, never 0, and the rows left blank counted. */
export function KpiCard({ definition, summary }: { definition: MeasureDefinition & { card: CardDefinition }; summary: FigureSummary }) {
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
