import type { RelocationRecord } from '../types';

/** The figures of relocation.csv that add up across rows. */
export const RELOCATION_MEASURES = [
  'households',
  'people',
  'registered_poor_households',
  'registered_poor_people',
  'synchronous_households',
  'synchronous_people',
  'whole_village_households',
  'whole_village_people',
  'scattered_households',
  'scattered_people',
  'villages',
] as const satisfies readonly (keyof RelocationRecord)[];

export type RelocationMeasure = (typeof RELOCATION_MEASURES)[number];

/** Measures that count people: in a roster of persons they add up over every member's line, the others once per household. */
export const PEOPLE_MEASURES: ReadonlySet<string> = new Set(RELOCATION_MEASURES.filter((measure) => measure.endsWith('_people') || measure === 'people'));
