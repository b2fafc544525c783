import type { RelocationRecord } from '../types';

// The two kinds of relocation cover everyone only if the other measure says so: its parts add up to its stated total.
function partsMatchWhole(whole: number | null, a: number | null, b: number | null): boolean {
  return whole !== null && a !== null && b !== null && a + b === whole;
}

/**
 * Fills a blank households (or people) total from whole-village + scattered relocation, which together
 * make up all relocation, and marks the field as derived. It does so only where the other measure confirms
 * that the two kinds cover everyone (e.g. whole-village + scattered people equal the people stated).
 */
export function deriveRelocationTotals(record: RelocationRecord): RelocationRecord {
  const { whole_village_households: vh, scattered_households: sh, whole_village_people: vp, scattered_people: sp } = record;
  const derived = [...record.derived];
  let { households, people } = record;
  if (households === null && vh !== null && sh !== null && partsMatchWhole(people, vp, sp)) {
    households = vh + sh;
    derived.push('households');
  }
  // Confirmed only by a households figure the record states, not by one just derived from the same parts.
  if (people === null && vp !== null && sp !== null && partsMatchWhole(record.households, vh, sh)) {
    people = vp + sp;
    derived.push('people');
  }
  return derived.length === record.derived.length ? record : { ...record, households, people, derived };
}
