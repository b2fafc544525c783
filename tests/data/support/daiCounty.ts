import { readFileSync } from 'node:fs';
import { type ImportResult } from '../../../src/data/finishImport';
import type { DatasetId } from '../../../src/data/schema';
import type { Dataset, RecordsByDataset } from '../../../src/data/types';
import { importAs } from '../../support/importAs';

/** The bytes of one shipped CSV file under data/<folder>/. */
export function shippedBytes(folder: 'dai-county' | 'demo' | 'china', datasetId: DatasetId): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../data/${folder}/${datasetId}.csv`, import.meta.url)));
}

export function importShipped<Id extends DatasetId>(folder: 'dai-county' | 'demo' | 'china', datasetId: Id): ImportResult<Id> {
  return importAs(datasetId, `${datasetId}.csv`, shippedBytes(folder, datasetId));
}

/** Dai County's files (the reported figures, data/dai-county/) imported as the page holds them. */
export function daiCountyDataset(): Dataset {
  const records = <Id extends DatasetId>(id: Id): RecordsByDataset[Id][] => importShipped('dai-county', id).records;
  return { relocation: records('relocation'), sites: records('sites'), jobs: records('jobs'), income: records('income'), population: records('population') };
}
