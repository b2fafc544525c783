import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readExportedCsv } from '../../../src/data/export/csvMetadata';
import { TABLE_METADATA } from '../support/exportMetadata';
import { tableCsv } from '../../../src/data/export/tableCsv';

const meta = TABLE_METADATA;

describe('tableCsv with metadata', () => {
  it('writes the metadata as "# key" rows that a CSV reader told to skip comments passes over, leaving the table as it was', () => {
    const rows = [
      ['代县', 3676, 62.2],
      ['繁峙县', null, 0.5],
    ];
    const text = tableCsv(['县', '搬迁人口', '占比 (%)'], rows, meta);
    const plain = tableCsv(['县', '搬迁人口', '占比 (%)'], rows);
    // What pandas' comment='#' and PapaParse's comments option see: the same table as without metadata.
    const skipped = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { comments: '#', skipEmptyLines: true }).data;
    const original = Papa.parse<string[]>(plain.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(skipped).toEqual(original);
    expect(text.startsWith('\ufeff# title,各县汇总\r\n')).toBe(true);
  });

  it('reads back every metadata value, a source with commas and quotes whole, and a repeated key in order', () => {
    const exported = readExportedCsv(tableCsv(['县'], [['代县']], meta));
    expect(exported.metadata['source']).toEqual(meta.sources);
    expect(exported.metadata['area']).toEqual([meta.area]);
    expect([exported.columns, exported.rows]).toEqual([['县'], [['代县']]]);
  });
});
