import { lookupArea } from '../data/adminDivisions';
import { NATION_CODE } from '../data/aggregate/areaLevel';
import { childLevel } from '../data/aggregate/summariseChildren';
import type { Dataset } from '../data/types';

/**
 * The place the page is about, for its title: the area's official name, the nation's code where the data states
 * figures above its counties (the national view), and null for a file of counties seen whole (its counties are the subject).
 */
export function placeShown(data: Dataset, area: string): string | null {
  if (area !== NATION_CODE) return lookupArea(area)?.name ?? null;
  return childLevel(data, area) === 'county' ? null : NATION_CODE;
}
