import { filterDataset } from '../data/aggregate/filterDataset';
import { summarise } from '../data/aggregate/summarise';
import { CARD_MEASURES, type CardDefinition, type MeasureDefinition } from './measures';
import { missingReason, type MissingContext, type MissingReason } from './missingReason';
import type { DatasetId } from '../data/schema';

/** A headline card as the page shows it: its measure, the years its records cover, and why it has no figure if so. */
export interface CardView {
  definition: MeasureDefinition & { card: CardDefinition };
  /** The span of years of the records the card's dataset keeps ('' when none). */
  period: string;
  reason: MissingReason | null;
}

// A card kept for the data that states it anywhere among the chosen counties, whatever the years chosen.
function statedAnywhere(definition: MeasureDefinition, context: MissingContext): boolean {
  const chosen = filterDataset(context.data, { counties: context.filters.counties, period: null });
  return definition.stated(summarise(chosen)).reported > 0;
}

/** The cards of the selection, in their order; a card only some data has is left out where the data never states it. */
export function deriveCards(context: MissingContext, periods: Readonly<Record<DatasetId, string>>): CardView[] {
  return CARD_MEASURES.flatMap((definition) => {
    const reason = missingReason(definition, context);
    if (reason !== null && definition.card.onlyWhereStated && !statedAnywhere(definition, context)) return [];
    return [{ definition, period: periods[definition.dataset], reason }];
  });
}
