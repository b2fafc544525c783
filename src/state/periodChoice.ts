import { periodOf } from '../data/parsePeriod';
import type { Period } from '../data/types';

/** Every year of a span, first to last: the choices of the period filter's two selects. */
export function yearsOf(span: Period | null): number[] {
  if (!span) return [];
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}

/**
 * The period two year selects name, in either order; null (no filter) when they span every year the data has, so
 * choosing the whole span back is the same view, and the same link, as never filtering.
 */
export function periodBetween(first: number, second: number, span: Period | null): Period | null {
  const [low, high] = first <= second ? [first, second] : [second, first];
  return span && low === span.from && high === span.to ? null : periodOf(low, high);
}
