import type { DatasetSpec } from './types';
import { placeAndPeriodColumns, provenanceColumns } from './common';

const RESIDENTS = { zh: '人', en: 'residents' } as const;

/**
 * population.csv — resident population (常住人口), optional: the denominator of the per-1,000-residents figures.
 * A stock at a date, like sites: the summaries use a county's latest period within the filter, never a sum across years.
 */
export const populationSpec: DatasetSpec = {
  id: 'population',
  fileName: 'population.csv',
  title: { zh: '常住人口', en: 'Resident population' },
  columns: [
    ...placeAndPeriodColumns,
    // Required: a row without the figure says nothing, and a blank must never read as a population of 0.
    { key: 'population', zh: '常住人口', en: 'Residents', type: 'count', required: true, unit: RESIDENTS, description: { zh: '常住人口（如人口普查数）', en: 'Resident population (e.g. from a census)' } },
    ...provenanceColumns,
  ],
  labelColumns: [],
  levels: [],
};
