import type { BaseRecord, Dataset } from '../types';

/**
 * The records of the programme itself (relocation, sites, jobs, income), which name its places and periods; a
 * population line is a census figure about a place, not a figure of the programme, so it makes no place or period.
 */
export function programmeRecords(data: Dataset): BaseRecord[] {
  return [...data.relocation, ...data.sites, ...data.jobs, ...data.income];
}
