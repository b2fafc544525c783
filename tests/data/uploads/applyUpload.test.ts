import { describe, expect, it } from 'vitest';
import { applyUpload, withUploads } from '../../../src/data/uploads/applyUpload';
import { importTable } from '../../../src/data/importTable';
import type { StoredTable } from '../../../src/data/store/uploadStore';
import { bytes, dataset, income, jobs, relocation, site } from '../support/records';

// 2024-05-01 08:30 in Beijing is 00:30 UTC.
const APPLIED = new Date('2024-05-01T08:30:00+08:00');
const APPLIED_ISO = '2024-05-01T00:30:00.000Z';

const UPLOAD_CSV = 'county_code,county,period,township,people\n140921,定襄县,2019,晋昌镇,301\n140922,五台县,2019,台城镇,452\n';

function upload() {
  return importTable('relocation', '乡镇（测试）.csv', bytes(UPLOAD_CSV));
}

describe('applyUpload', () => {
  const shown = [relocation({ line: 2, people: 3676 }), relocation({ line: 3, county_code: '140921', county: '定襄县', people: 10 })];

  it('replace: the table is the file’s records alone, listing that one file', () => {
    const result = upload();
    const table = applyUpload(result, 'replace', shown, undefined, APPLIED);
    expect(table).toEqual({
      datasetId: 'relocation',
      files: [{ fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2 }],
      records: result.records,
    });
    expect(table.records.map((record) => record.people)).toEqual([301, 452]);
  });

  it('replace: forgets earlier uploads of the same dataset', () => {
    const previous: StoredTable<'relocation'> = { datasetId: 'relocation', files: [{ fileName: 'old.csv', appliedAt: '2024-01-01T00:00:00.000Z', rows: 2 }], records: shown };
    expect(applyUpload(upload(), 'replace', shown, previous, APPLIED).files.map((file) => file.fileName)).toEqual(['乡镇（测试）.csv']);
  });

  it('append onto the shipped rows: keeps what was shown, then the file’s records; lists the new file', () => {
    const table = applyUpload(upload(), 'append', shown, undefined, APPLIED);
    expect(table.records.map((record) => record.people)).toEqual([3676, 10, 301, 452]);
    expect(table.files).toEqual([{ fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2 }]);
  });

  it('append onto an earlier upload: lists both files, earlier first, with their own times and row counts', () => {
    const previous: StoredTable<'relocation'> = { datasetId: 'relocation', files: [{ fileName: 'first.csv', appliedAt: '2024-04-30T02:00:00.000Z', rows: 2 }], records: shown };
    const table = applyUpload(upload(), 'append', shown, previous, APPLIED);
    expect(table.files).toEqual([
      { fileName: 'first.csv', appliedAt: '2024-04-30T02:00:00.000Z', rows: 2 },
      { fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2 },
    ]);
    expect(table.records).toHaveLength(4);
  });

  it('counts rows as the records that count, not the lines read (a rejected line and a 合计 line are not rows)', () => {
    const result = importTable('relocation', 'r.csv', bytes(`${UPLOAD_CSV}140923,代县,2019,上馆镇,x\n合计,,,,753\n`));
    expect([result.rowsRead, applyUpload(result, 'replace', [], undefined, APPLIED).files[0]?.rows]).toEqual([4, 2]);
  });

  it('gives appliedAt as an ISO 8601 string in UTC', () => {
    const { appliedAt } = applyUpload(upload(), 'replace', [], undefined, APPLIED).files[0]!;
    expect(appliedAt).toBe(APPLIED_ISO);
    expect(new Date(appliedAt).getTime()).toBe(APPLIED.getTime());
  });

  it('leaves the shown rows and the import result as they were', () => {
    const result = upload();
    const before = [...shown];
    const table = applyUpload(result, 'append', shown, undefined, APPLIED);
    table.records.push(relocation({ line: 99 }));
    expect(shown).toEqual(before);
    expect(result.records).toHaveLength(2);
  });
});

describe('withUploads', () => {
  const shipped = dataset({ relocation: [relocation()], sites: [site()], jobs: [jobs()], income: [income()] });

  it('shows the shipped data when nothing was uploaded', () => {
    expect(withUploads(shipped, {})).toEqual(shipped);
  });

  it('replaces only the uploaded tables, keeping the others as shipped (same arrays)', () => {
    const uploadedSites = [site({ site: '测试安置点甲', people: 400 }), site({ line: 3, site: '测试安置点乙', people: 260 })];
    const shown = withUploads(shipped, { sites: { datasetId: 'sites', files: [], records: uploadedSites } });
    expect(shown.sites).toBe(uploadedSites);
    expect(shown.relocation).toBe(shipped.relocation);
    expect(shown.jobs).toBe(shipped.jobs);
    expect(shown.income).toBe(shipped.income);
  });

  it('shows an uploaded table with no records as empty, not as the shipped one', () => {
    expect(withUploads(shipped, { income: { datasetId: 'income', files: [], records: [] } }).income).toEqual([]);
  });

  it('replaces every table that was uploaded', () => {
    const shown = withUploads(shipped, {
      relocation: { datasetId: 'relocation', files: [], records: [relocation({ people: 1 })] },
      jobs: { datasetId: 'jobs', files: [], records: [jobs({ units: 4 })] },
    });
    expect([shown.relocation[0]?.people, shown.jobs[0]?.units, shown.sites, shown.income]).toEqual([1, 4, shipped.sites, shipped.income]);
  });
});
