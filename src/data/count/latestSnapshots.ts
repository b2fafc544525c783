import type { DatasetSpec } from '../schema';
import type { BaseRecord } from '../types';
import { enclosingMasks, levelMask, periodLength, placeKey } from './factIdentity';


// Later end first; of two ending together, the shorter period (2020 before 2016-2020): it is the more specific.
function newer(a: BaseRecord, b: BaseRecord): number {
  return b.period.to - a.period.to || periodLength(a) - periodLength(b);
}

// Columns the schema does not know are left out: a 批次 or 填报日期 that changes every year names no new unit.
function unitKey(spec: DatasetSpec, record: BaseRecord): string {
  return placeKey(spec, record, (1 << spec.levels.length) - 1, false);
}

/**
 * Sites, parks and workshops, income mechanisms and populations are states at a date, not flows: the same park
 * in 2019 and 2020 is one park. Of each unit's lines (its name and type in its township), the newest stands: the latest end, and of two ending together the shorter period. A
 * total standing above a unit (its township's, its type's, its county's) at an end as late or later stands for it
 * too. Gives each line left out with the line that stands for it.
 */
export function supersededSnapshots<T extends BaseRecord>(spec: DatasetSpec, records: readonly T[]): Map<T, T> {
  const superseded = new Map<T, T>();
  const newestByUnit = new Map<string, T>();
  for (const record of records) {
    const key = unitKey(spec, record);
    const best = newestByUnit.get(key);
    if (best === undefined || newer(record, best) < 0) newestByUnit.set(key, record);
  }
  for (const record of records) {
    const best = newestByUnit.get(unitKey(spec, record))!;
    if (best !== record && newer(record, best) > 0) superseded.set(record, best);
  }
  const standingByPlace = new Map<string, T[]>();
  for (const record of records) {
    if (superseded.has(record)) continue;
    const key = placeKey(spec, record, levelMask(spec, record), false);
    standingByPlace.set(key, [...(standingByPlace.get(key) ?? []), record]);
  }
  for (const record of records) {
    if (superseded.has(record)) continue;
    for (const mask of enclosingMasks(levelMask(spec, record))) {
      const total = (standingByPlace.get(placeKey(spec, record, mask, false)) ?? []).find(
        (candidate) => candidate.period.to >= record.period.to && !superseded.has(candidate),
      );
      if (total) {
        superseded.set(record, total);
        break;
      }
    }
  }
  return superseded;
}
