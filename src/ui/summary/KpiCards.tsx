import type { FigureSummary } from '../../data/aggregate/summarise';
import { CARD_MEASURES } from '../../state/measures';
import { useI18n } from '../common/I18nContext';
import { KpiCard } from './KpiCard';

/** The headline figures of whatever the filters leave, one card per measure the registry gives one. Unknown figures say so; they never read as 0. */
export function KpiCards({ summary }: { summary: FigureSummary }) {
  const { t } = useI18n();
  return (
    <section className="kpis" aria-label={t('app.subtitle')}>
      {CARD_MEASURES.map((definition) => (
        <KpiCard key={definition.key} definition={definition} summary={summary} />
      ))}
    </section>
  );
}
