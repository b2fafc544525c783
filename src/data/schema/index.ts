import type { DatasetId, DatasetSpec } from './types';
import { relocationSpec } from './relocation';
import { sitesSpec } from './sites';
import { jobsSpec } from './jobs';
import { incomeSpec } from './income';
import { populationSpec } from './population';

export type { Bilingual, ColumnSpec, ColumnType, DatasetId, DatasetSpec, EnumValue, PartOfWhole } from './types';
export { UNIT_TYPES } from './jobs';

/** Every dataset of the data contract, keyed by id; validation, header matching and the data dictionary read these. */
export const DATASETS: Readonly<Record<DatasetId, DatasetSpec>> = {
  relocation: relocationSpec,
  sites: sitesSpec,
  jobs: jobsSpec,
  income: incomeSpec,
  population: populationSpec,
};

export const DATASET_IDS: readonly DatasetId[] = ['relocation', 'sites', 'jobs', 'income', 'population'];
