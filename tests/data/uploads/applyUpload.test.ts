import { describe, expect, it } from 'vitest';
import { alreadyApplied, applyUpload, showsShippedRows, withUploads } from '../../../src/data/uploads/applyUpload';
import { summarise } from '../../../src/data/aggregate/summarise';
import { filterDataset } from '../../../src/data/aggregate/filterDataset';
import type { StoredTable } from '../../../src/data/store/uploadStore';
import type { Dataset } from '../../../src/data/types';
import { bytes, dataset, income, jobs, relocation, site } from '../support/records';
import { daiCountyDataset, importShipped } from '../support/daiCounty';
import { importAs } from '../../support/importAs';

// 2024-05-01 08:30 in Beijing is 00:30 UTC.
const APPLIED = new Date('2024-05-01T08:30:00+08:00');
const APPLIED_ISO = '2024-05-01T00:30:00.000Z';
const LATER = new Date('2024-05-02T08:30:00+08:00');
const LATER_ISO = '2024-05-02T00:30:00.000Z';

const UPLOAD_CSV = 'county_code,county,period,township,people\n140921,定襄县,2019,晋昌镇,301\n140922,五台县,2019,台城镇,452\n';
const SITES_CSV = 'county_code,county,period,site,households,people\n140923,代县,2020,测试安置点甲,120,400\n140923,代县,2020,测试安置点乙,80,260\n';
/** Township rows of 代县 for 2016-2020, the period the shipped county total covers; they add up to its 3,676 people. */
const DAI_TOWNSHIPS_CSV = 'county_code,county,period,township,people\n140923,代县,2016-2020,上馆镇,2000\n140923,代县,2016-2020,峨口镇,1676\n';

function upload() {
  return importAs('relocation', '乡镇（测试）.csv', bytes(UPLOAD_CSV));
}

/** The demo's synthetic tables, as the page holds them when they are shipped. */
function demo(): Dataset {
  return {
    relocation: importShipped('demo', 'relocation').records,
    sites: importShipped('demo', 'sites').records,
    jobs: importShipped('demo', 'jobs').records,
    income: importShipped('demo', 'income').records,
    population: importShipped('demo', 'population').records,
  };
}

const SYNTHETIC_MARK = '虚构示例数据';

describe('applyUpload', () => {
  const earlierRecords = [relocation({ line: 2, people: 3676 }), relocation({ line: 3, county_code: '140921', county: '定襄县', people: 10 })];
  const earlierFile = { fileName: 'first.csv', appliedAt: '2024-04-30T02:00:00.000Z', rows: 2 };
  const earlier = (keepsShipped: boolean): StoredTable<'relocation'> => ({ datasetId: 'relocation', keepsShipped, files: [earlierFile], records: earlierRecords });

  it('replace: the table is the file’s records alone, listing that one file, without the shipped rows', () => {
    const result = upload();
    expect(applyUpload(result, 'replace', undefined, APPLIED)).toEqual({
      datasetId: 'relocation',
      keepsShipped: false,
      files: [{ fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: result.fingerprint }],
      records: result.records,
    });
    expect(result.records.map((record) => record.people)).toEqual([301, 452]);
  });

  it('replace: forgets an earlier upload of the same dataset, and that it kept the shipped rows', () => {
    const result = upload();
    expect(applyUpload(result, 'replace', earlier(true), APPLIED)).toEqual({
      datasetId: 'relocation',
      keepsShipped: false,
      files: [{ fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: result.fingerprint }],
      records: result.records,
    });
  });

  it('append with no earlier upload: keeps the shipped rows by saying so, storing only the file’s records', () => {
    const result = upload();
    expect(applyUpload(result, 'append', undefined, APPLIED)).toEqual({
      datasetId: 'relocation',
      keepsShipped: true,
      files: [{ fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: result.fingerprint }],
      records: result.records,
    });
  });

  it('append onto an earlier upload that kept the shipped rows: still keeps them; its files then the new one, its records then the new ones', () => {
    const result = upload();
    expect(applyUpload(result, 'append', earlier(true), APPLIED)).toEqual({
      datasetId: 'relocation',
      keepsShipped: true,
      files: [earlierFile, { fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: result.fingerprint }],
      records: [...earlierRecords, ...result.records],
    });
  });

  it('append onto an earlier upload that replaced the shipped rows: still leaves them out', () => {
    const result = upload();
    expect(applyUpload(result, 'append', earlier(false), APPLIED)).toEqual({
      datasetId: 'relocation',
      keepsShipped: false,
      files: [earlierFile, { fileName: '乡镇（测试）.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: result.fingerprint }],
      records: [...earlierRecords, ...result.records],
    });
  });

  it('never stores the rows of a synthetic shipped table, however often files are appended to it', () => {
    const first = importAs('sites', 'sites.csv', bytes(SITES_CSV));
    const second = importAs('sites', 'more.csv', bytes('county_code,county,period,site,people\n140921,定襄县,2020,测试安置点丙,90\n'));
    const once = applyUpload(first, 'append', undefined, APPLIED);
    const twice = applyUpload(second, 'append', once, LATER);
    expect(twice).toEqual({
      datasetId: 'sites',
      keepsShipped: true,
      files: [
        { fileName: 'sites.csv', appliedAt: APPLIED_ISO, rows: 2, fingerprint: first.fingerprint },
        { fileName: 'more.csv', appliedAt: LATER_ISO, rows: 1, fingerprint: second.fingerprint },
      ],
      records: [...first.records, ...second.records],
    });
    expect(JSON.stringify(twice)).not.toContain(SYNTHETIC_MARK);
    // The page still shows the demo's rows before the uploaded ones.
    const shipped = demo();
    expect(JSON.stringify(shipped.sites)).toContain(SYNTHETIC_MARK);
    expect(withUploads(shipped, { sites: twice }).data.sites).toEqual([...shipped.sites, ...first.records, ...second.records]);
  });

  it('counts rows as the records that count, not the lines read (a rejected line and a 合计 line are not rows)', () => {
    const result = importAs('relocation', 'r.csv', bytes(`${UPLOAD_CSV}140923,代县,2019,上馆镇,x\n合计,,,,753\n`));
    expect([result.rowsRead, applyUpload(result, 'replace', undefined, APPLIED).files[0]?.rows]).toEqual([4, 2]);
  });

  it('gives appliedAt as an ISO 8601 string in UTC', () => {
    const { appliedAt } = applyUpload(upload(), 'replace', undefined, APPLIED).files[0]!;
    expect(appliedAt).toBe(APPLIED_ISO);
    expect(new Date(appliedAt).getTime()).toBe(APPLIED.getTime());
  });

  it('leaves the earlier upload and the import result as they were', () => {
    const result = upload();
    const previous = earlier(true);
    const before = structuredClone(previous);
    const table = applyUpload(result, 'append', previous, APPLIED);
    table.records.push(relocation({ line: 99 }));
    table.files.push({ fileName: 'x.csv', appliedAt: APPLIED_ISO, rows: 0 });
    expect(previous).toEqual(before);
    expect(result.records).toHaveLength(2);
  });
});

describe('withUploads', () => {
  it('counts the shipped 2016-2020 total once when yearly rows of it are appended', () => {
    const years = importAs('relocation', '年度（测试）.csv', bytes('county_code,county,period,people\n140923,代县,2019,2000\n140923,代县,2020,1676\n'));
    const table = applyUpload(years, 'append', undefined, APPLIED);
    const { data } = withUploads(daiCountyDataset(), { relocation: table });
    expect(summarise(filterDataset(data, { counties: [], period: null })).people.value).toBe(3676);
    expect(data.relocation.filter((record) => record.coveredBy !== null).map((record) => record.period.label)).toEqual(['2019', '2020']);
  });

  const shipped = dataset({ relocation: [relocation()], sites: [site()], jobs: [jobs()], income: [income()] });

  it('shows the shipped data, finding nothing, when nothing was uploaded', () => {
    const shown = withUploads(shipped, {});
    expect(shown).toEqual({ data: shipped, problems: {} });
    expect(shown.data.relocation).toBe(shipped.relocation);
  });

  it('shows a replacing upload in place of the shipped table, keeping the others as shipped (same arrays)', () => {
    const uploadedSites = [site({ site: '测试安置点甲', people: 400 }), site({ line: 3, site: '测试安置点乙', people: 260 })];
    const shown = withUploads(shipped, { sites: { datasetId: 'sites', keepsShipped: false, files: [{ fileName: 's.csv', appliedAt: APPLIED_ISO, rows: 2 }], records: uploadedSites } });
    expect(shown.data.sites).toBe(uploadedSites);
    expect(shown.data.relocation).toBe(shipped.relocation);
    expect(shown.data.jobs).toBe(shipped.jobs);
    expect(shown.data.income).toBe(shipped.income);
    expect(shown.problems).toEqual({});
  });

  it('shows an uploaded table with no records as empty, not as the shipped one', () => {
    const table: StoredTable<'income'> = { datasetId: 'income', keepsShipped: false, files: [{ fileName: 'i.csv', appliedAt: APPLIED_ISO, rows: 0 }], records: [] };
    expect(withUploads(shipped, { income: table }).data.income).toEqual([]);
  });

  it('replaces every table that was uploaded', () => {
    const file = { fileName: 'x.csv', appliedAt: APPLIED_ISO, rows: 1 };
    const { data } = withUploads(shipped, {
      relocation: { datasetId: 'relocation', keepsShipped: false, files: [file], records: [relocation({ people: 1 })] },
      jobs: { datasetId: 'jobs', keepsShipped: false, files: [file], records: [jobs({ units: 4 })] },
    });
    expect(data).toEqual({ relocation: [relocation({ people: 1 })], sites: shipped.sites, jobs: [jobs({ units: 4 })], income: shipped.income, population: shipped.population });
  });

  it('shows an appended table as the shipped rows followed by the uploaded records', () => {
    const demoData = demo();
    const result = importAs('sites', 'sites.csv', bytes(SITES_CSV));
    const shown = withUploads(demoData, { sites: applyUpload(result, 'append', undefined, APPLIED) });
    expect(shown).toEqual({ data: { ...demoData, sites: [...demoData.sites, ...result.records] }, problems: {} });
  });

  it('leaves the shipped rows out of a table that replaced them and had files appended since', () => {
    const first = importAs('sites', 'a.csv', bytes(SITES_CSV));
    const second = importAs('sites', 'b.csv', bytes('county_code,county,period,site,people\n140921,定襄县,2020,测试安置点丙,90\n'));
    const table = applyUpload(second, 'append', applyUpload(first, 'replace', undefined, APPLIED), LATER);
    expect(withUploads(shipped, { sites: table }).data.sites).toEqual([...first.records, ...second.records]);
  });

  it('recognises a file already applied by its bytes, whatever its name, and not a file with one figure changed', () => {
    const table = applyUpload(upload(), 'append', undefined, APPLIED);
    const renamed = importAs('relocation', '另存为.csv', bytes(UPLOAD_CSV));
    const corrected = importAs('relocation', '乡镇（测试）.csv', bytes(UPLOAD_CSV.replace('301', '310')));
    expect(alreadyApplied(renamed, table)).toEqual(table.files[0]);
    expect(alreadyApplied(corrected, table)).toBeNull();
    expect(alreadyApplied(renamed, undefined)).toBeNull();
  });

  it('counts a file appended twice once, reporting each repeated row as a duplicate_key warning naming its file', () => {
    const dai = daiCountyDataset();
    const result = upload();
    const table = applyUpload(result, 'append', applyUpload(result, 'append', undefined, APPLIED), LATER);
    const shown = withUploads(dai, { relocation: table });
    expect(shown.data.relocation).toEqual([...dai.relocation, ...result.records]);
    expect(summarise(shown.data).people.value).toBe(3676 + 301 + 452);
    expect(shown.problems).toEqual({
      relocation: [
        { file: '乡镇（测试）.csv', line: 2, column: 'county_code', value: '140921', code: 'duplicate_key', severity: 'warning', params: { first: 2 } },
        { file: '乡镇（测试）.csv', line: 3, column: 'county_code', value: '140922', code: 'duplicate_key', severity: 'warning', params: { first: 3 } },
      ],
    });
  });

  it('counts a row repeated across files once in the other tables too', () => {
    const result = importAs('sites', 'sites.csv', bytes(SITES_CSV));
    const table = applyUpload(result, 'append', applyUpload(result, 'replace', undefined, APPLIED), LATER);
    const shown = withUploads(shipped, { sites: table });
    expect(shown.data.sites).toEqual(result.records);
    expect(shown.problems).toEqual({
      sites: [
        { file: 'sites.csv', line: 2, column: 'county_code', value: '140923', code: 'duplicate_key', severity: 'warning', params: { first: 2 } },
        { file: 'sites.csv', line: 3, column: 'county_code', value: '140923', code: 'duplicate_key', severity: 'warning', params: { first: 3 } },
      ],
    });
  });

  it('does not count township rows appended under a shipped county total twice: the total is the figure', () => {
    const dai = daiCountyDataset();
    const townships = importAs('relocation', '代县乡镇.csv', bytes(DAI_TOWNSHIPS_CSV));
    const shown = withUploads(dai, { relocation: applyUpload(townships, 'append', undefined, APPLIED) });
    expect(shown).toEqual({ data: dai, problems: {} });
    expect(summarise(shown.data).people.value).toBe(3676);
  });

  it('reports appended township rows that do not add up to the shipped county total, still counting the total', () => {
    const dai = daiCountyDataset();
    const csv = 'county_code,county,period,township,people\n140923,代县,2016-2020,上馆镇,1200\n140923,代县,2016-2020,峨口镇,497\n';
    const shown = withUploads(dai, { relocation: applyUpload(importAs('relocation', '代县乡镇.csv', bytes(csv)), 'append', undefined, APPLIED) });
    expect(summarise(shown.data).people.value).toBe(3676);
    expect(shown.problems).toEqual({
      relocation: [{ file: 'relocation.csv', line: 2, column: 'people', value: '3676', code: 'detail_sum_mismatch', severity: 'warning', params: { computed: 1200 + 497, lines: '2, 3' } }],
    });
  });
});

describe('showsShippedRows', () => {
  const file = { fileName: 'x.csv', appliedAt: APPLIED_ISO, rows: 1 };
  const sites = (keepsShipped: boolean): StoredTable<'sites'> => ({ datasetId: 'sites', keepsShipped, files: [file], records: [site()] });

  it('is true for a table nothing was uploaded to, whatever other tables hold', () => {
    expect(showsShippedRows('sites', {})).toBe(true);
    expect(showsShippedRows('relocation', { sites: sites(false) })).toBe(true);
  });

  it('is true for a table files were appended to', () => {
    expect(showsShippedRows('sites', { sites: sites(true) })).toBe(true);
  });

  it('is false for a table an upload replaced', () => {
    expect(showsShippedRows('sites', { sites: sites(false) })).toBe(false);
  });
});
