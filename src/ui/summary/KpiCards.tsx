import type { FigureSummary } from '../../data/aggregate/summarise';
import type { CardView } from '../../state/cardViews';
import { useI18n } from '../common/I18nContext';
import { KpiCard } from './KpiCard';

/** The headline figures of whatever the filters leave, one card per measure the registry gives one. A figure not stated says so, and why; it never reads as 0. */
export function KpiCards({ summary, cards }: { summary: FigureSummary; cards: readonly CardView[] }) {
  const { t } = useI18n();
  return (
    <section className="kpis" aria-label={t('app.subtitle')}>
      {cards.map((card) => (
        <KpiCard key={card.definition.key} card={card} summary={summary} />
      ))}
    </section>
  );
}
