import { describe, expect, it } from 'vitest';
import { applyUploads } from '../../../src/data/uploads/applyUpload';
import { uploadedFileLabel, type StoredTable } from '../../../src/data/store/uploadStore';
import { uploadsShown } from '../../../src/state/provenance';
import type { ImportResult } from '../../../src/data/finishImport';
import { bytes } from '../support/records';
import { importAs } from '../../support/importAs';

const APPLIED = new Date('2026-12-01T08:00:00+08:00');

function sheet(name: string, csv: string, datasetId: 'relocation' | 'sites' = 'relocation'): ImportResult {
  return { ...importAs(datasetId, '统计表.xlsx', bytes(csv)), sheet: name };
}

const TOWNSHIPS = sheet('乡镇', 'county_code,county,period,township,people\n140923,代县,2019,上馆镇,380\n');
const MORE_TOWNSHIPS = sheet('乡镇（续）', 'county_code,county,period,township,people\n140923,代县,2019,峨口镇,250\n');
const SITES = sheet('安置点', 'county_code,county,period,site,households,people\n140923,代县,2020,测试安置点甲,120,400\n', 'sites');

describe('a workbook’s sheets applied together', () => {
  it('gives each dataset one table, two sheets of one dataset both kept, each file named by its sheet', () => {
    const tables = applyUploads([TOWNSHIPS, SITES, MORE_TOWNSHIPS], 'replace', {}, APPLIED);
    expect(tables.map((table) => [table.datasetId, table.keepsShipped, table.files.map(uploadedFileLabel), table.records.length])).toEqual([
      ['relocation', false, ['统计表.xlsx › 乡镇', '统计表.xlsx › 乡镇（续）'], 2],
      ['sites', false, ['统计表.xlsx › 安置点'], 1],
    ]);
  });

  it('appends every sheet after what the tables showed when asked to', () => {
    const [before] = applyUploads([SITES], 'replace', {}, APPLIED);
    const tables = applyUploads([sheet('安置点', 'county_code,county,period,site,households,people\n140923,代县,2021,测试安置点乙,80,260\n', 'sites')], 'append', { sites: before as StoredTable<'sites'> }, APPLIED);
    expect(tables[0]?.records.map((record) => record.line)).toHaveLength(2);
    expect(tables[0]?.files).toHaveLength(2);
  });

  it('names the sheets in the page’s provenance', () => {
    const tables = Object.fromEntries(applyUploads([TOWNSHIPS, SITES], 'replace', {}, APPLIED).map((table) => [table.datasetId, table]));
    expect(uploadsShown(tables).map((shown) => shown.files)).toEqual([['统计表.xlsx › 乡镇'], ['统计表.xlsx › 安置点']]);
  });
});
