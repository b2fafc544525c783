import type { DatasetId } from '../schema';
import daiRelocation from '../../../data/dai-county/relocation.csv?url';
import daiSites from '../../../data/dai-county/sites.csv?url';
import daiJobs from '../../../data/dai-county/jobs.csv?url';
import daiIncome from '../../../data/dai-county/income.csv?url';
import daiPopulation from '../../../data/dai-county/population.csv?url';
import chinaRelocation from '../../../data/china/relocation.csv?url';
import chinaSites from '../../../data/china/sites.csv?url';
import chinaProgress from '../../../data/china/progress.csv?url';
import demoRelocation from '../../../data/demo/relocation.csv?url';
import demoSites from '../../../data/demo/sites.csv?url';
import demoJobs from '../../../data/demo/jobs.csv?url';
import demoIncome from '../../../data/demo/income.csv?url';
import demoPopulation from '../../../data/demo/population.csv?url';

export type ShippedDatasetId = 'china' | 'dai-county' | 'demo';

/** A dataset that ships with the app: where its CSV files are, one per dataset, and whether it is synthetic. */
export interface ShippedDataset {
  id: ShippedDatasetId;
  synthetic: boolean;
  files: Readonly<Record<DatasetId, string>>;
  /** Figures stated at several dates (data/china/progress.csv), where the dataset has them. */
  progress?: string;
}

export const SHIPPED_DATASETS: Readonly<Record<ShippedDatasetId, ShippedDataset>> = {
  // The sources give jobs, income and population for Dai County alone: the national view shows them as that
  // county's, one known part of its province, never as a national figure.
  china: {
    id: 'china',
    synthetic: false,
    files: { relocation: chinaRelocation, sites: chinaSites, jobs: daiJobs, income: daiIncome, population: daiPopulation },
    progress: chinaProgress,
  },
  'dai-county': {
    id: 'dai-county',
    synthetic: false,
    files: { relocation: daiRelocation, sites: daiSites, jobs: daiJobs, income: daiIncome, population: daiPopulation },
  },
  demo: {
    id: 'demo',
    synthetic: true,
    files: { relocation: demoRelocation, sites: demoSites, jobs: demoJobs, income: demoIncome, population: demoPopulation },
  },
};

export const SHIPPED_DATASET_IDS: readonly ShippedDatasetId[] = ['china', 'dai-county', 'demo'];

/** The dataset the page opens on: the national figures, from which a province, prefecture or county is a drill away. */
export const DEFAULT_DATASET: ShippedDatasetId = 'china';
