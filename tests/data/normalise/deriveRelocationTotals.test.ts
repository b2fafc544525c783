import { describe, expect, it } from 'vitest';
import { deriveRelocationTotals } from '../../../src/data/normalise/deriveRelocationTotals';
import { relocation } from '../support/records';

describe('deriveRelocationTotals', () => {
  it('derives households as whole-village + scattered when those people add up to the people stated', () => {
    const record = relocation({ people: 30 + 50, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toEqual({ ...record, households: 10 + 15, derived: ['households'] });
  });

  it('derives neither total when both are blank, since nothing confirms the two kinds cover everyone', () => {
    const record = relocation({ whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toEqual(record);
  });

  it('does not derive households when whole-village + scattered people differ from the people stated', () => {
    const record = relocation({ people: 81, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('does not derive households when one of the people parts is blank', () => {
    const record = relocation({ people: 80, whole_village_households: 10, whole_village_people: 30, scattered_households: 15 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('does not derive households when one of the household parts is blank', () => {
    const record = relocation({ people: 80, whole_village_households: 10, whole_village_people: 30, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('derives people as whole-village + scattered when those households add up to the households stated', () => {
    const record = relocation({ households: 25, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toEqual({ ...record, people: 30 + 50, derived: ['people'] });
  });

  it('does not derive people when whole-village + scattered households differ from the households stated', () => {
    const record = relocation({ households: 26, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('never replaces a stated figure', () => {
    const record = relocation({ households: 99, people: 999, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('leaves a record without the breakdown as it is', () => {
    const record = relocation({ people: 80 });
    expect(deriveRelocationTotals(record)).toBe(record);
  });

  it('does not modify the record it is given', () => {
    const record = relocation({ people: 80, whole_village_households: 10, whole_village_people: 30, scattered_households: 15, scattered_people: 50 });
    deriveRelocationTotals(record);
    expect(record.households).toBeNull();
    expect(record.derived).toEqual([]);
  });
});
