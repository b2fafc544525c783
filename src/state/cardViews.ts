import { filterDataset } from '../data/aggregate/filterDataset';
import { summarise } from '../data/aggregate/summarise';
import { CARD_MEASURES, type CardDefinition, type MeasureDefinition } from './measures';
import { missingReason, type MissingContext, type MissingReason } from './missingReason';
import type { DatasetId } from '../data/schema';
import type { FigureSummary } from '../data/aggregate/summarise';
import type { AreaLevel } from '../data/aggregate/areaLevel';

/** A headline card as the page shows it: its measure, the years its records cover, and why it has no figure if so. */
export interface CardView {
  definition: MeasureDefinition & { card: CardDefinition };
  /** The span of years of the records the card's dataset keeps ('' when none). */
  period: string;
  reason: MissingReason | null;
  /**
   * Where the area does not state a count but places one step down do: how many state it and their sum, said as
   * theirs beside 未说明, never as the area's figure (the nation states registered-poor people, not all relocated).
   */
  knownParts: KnownParts | null;
}

export interface KnownParts {
  level: AreaLevel;
  places: number;
  value: number;
}

/** The places one step down from the area, with their figures, for a missing count's known parts. */
export interface CardParts {
  level: AreaLevel | null;
  places: readonly FigureSummary[];
}

function knownPartsOf(definition: MeasureDefinition, parts: CardParts): KnownParts | null {
  if (definition.format !== 'count' || parts.level === null) return null;
  const values = parts.places.map((place) => definition.read(place)).filter((value): value is number => value !== null);
  return values.length === 0 ? null : { level: parts.level, places: values.length, value: values.reduce((total, value) => total + value, 0) };
}

// A card kept for the data that states it anywhere among the chosen counties, whatever the years chosen.
function statedAnywhere(definition: MeasureDefinition, context: MissingContext): boolean {
  const chosen = filterDataset(context.data, { counties: context.filters.counties, period: null });
  return definition.stated(summarise(chosen)).reported > 0;
}

/** The cards of the selection, in their order; a card only some data has is left out where the data never states it. */
export function deriveCards(context: MissingContext, periods: Readonly<Record<DatasetId, string>>, parts: CardParts = { level: null, places: [] }): CardView[] {
  return CARD_MEASURES.flatMap((definition) => {
    const reason = missingReason(definition, context);
    if (reason !== null && definition.card.onlyWhereStated && !statedAnywhere(definition, context)) return [];
    return [{ definition, period: periods[definition.dataset], reason, knownParts: reason === null ? null : knownPartsOf(definition, parts) }];
  });
}
