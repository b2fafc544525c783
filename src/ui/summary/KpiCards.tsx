import type { FigureSummary } from '../../data/aggregate/summarise';
import type { DatasetId } from '../../data/schema';
import type { CardView } from '../../state/cardViews';
import { useI18n } from '../common/I18nContext';
import { KpiCard } from './KpiCard';

/** The headline figures of whatever the filters leave, one card per measure the registry gives one. A figure not stated says so, and why; it never reads as 0. */
export function KpiCards({
  summary,
  cards,
  figuresFrom,
}: {
  summary: FigureSummary;
  cards: readonly CardView[];
  figuresFrom: Readonly<Record<DatasetId, string[] | null>>;
}) {
  const { t } = useI18n();
  return (
    <section className="kpis" aria-label={t('app.subtitle')}>
      {cards.map((card) => (
        <KpiCard key={card.definition.key} card={card} summary={summary} from={figuresFrom[card.definition.dataset]} />
      ))}
    </section>
  );
}
