import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_SEED, DEMO_SOURCE, generateDemoData } from '../../scripts/demoData';
import { DATASET_IDS } from '../../src/data/schema';
import { importAs } from '../support/importAs';
import { parseCsv } from '../support/wholeFile';

const generated = generateDemoData();
const encode = (text: string) => new TextEncoder().encode(text);

describe('generateDemoData', () => {
  it('gives the same files for the same seed', () => {
    expect(generateDemoData()).toEqual(generated);
    expect(generateDemoData(DEMO_SEED)).toEqual(generated);
  });

  it('gives different files for a different seed', () => {
    const other = generateDemoData(DEMO_SEED + 1);
    for (const id of DATASET_IDS) expect(other[id]).not.toBe(generated[id]);
  });

  it('produced the committed data/demo files, byte for byte after the BOM', () => {
    for (const id of DATASET_IDS) {
      const committed = readFileSync(new URL(`../../data/demo/${id}.csv`, import.meta.url), 'utf8');
      expect(committed === `\ufeff${generated[id]}`, `data/demo/${id}.csv differs from generateDemoData(); run npm run generate:demo`).toBe(true);
    }
  });

  it('writes a header of every column of each dataset', () => {
    for (const id of DATASET_IDS) {
      const { header } = parseCsv(generated[id]);
      expect(header.length).toBeGreaterThan(0);
      const result = importAs(id, `${id}.csv`, encode(generated[id]));
      expect(result.problems.filter((problem) => problem.code === 'missing_column' || problem.code === 'unknown_column')).toEqual([]);
    }
  });

  it('imports every row of every file with no error', () => {
    for (const id of DATASET_IDS) {
      const result = importAs(id, `${id}.csv`, encode(generated[id]));
      expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(result.rejected).toEqual([]);
      // Every row is accepted but the relocation 合计 row, which is checked rather than counted.
      expect(result.rowsAccepted).toBe(result.rowsRead - (id === 'relocation' ? 1 : 0));
      expect(result.records.length).toBeGreaterThan(0);
    }
  });

  it('gives several counties in every dataset', () => {
    for (const id of DATASET_IDS) {
      const counties = new Set(importAs(id, `${id}.csv`, encode(generated[id])).records.map((record) => record.county_code));
      expect(counties.size).toBeGreaterThan(1);
    }
  });

  it('ends the relocation file with a 合计 row that agrees with its rows', () => {
    const result = importAs('relocation', 'relocation.csv', encode(generated.relocation));
    expect(result.subtotalChecks.map((check) => check.column).sort()).toEqual(['households', 'people', 'registered_poor_households', 'registered_poor_people']);
    expect(result.subtotalChecks.filter((check) => !check.agrees)).toEqual([]);
    const people = result.subtotalChecks.find((check) => check.column === 'people');
    expect(people?.stated).toBe(result.records.reduce((sum, record) => sum + (record.people ?? 0), 0));
    // The total row is checked, never counted.
    expect(result.records.some((record) => record.county === '合计')).toBe(false);
  });

  it('leaves some breakdowns blank, as unknown rather than 0', () => {
    const result = importAs('relocation', 'relocation.csv', encode(generated.relocation));
    expect(result.records.some((record) => record.registered_poor_people === null)).toBe(true);
    expect(result.records.every((record) => record.registered_poor_people !== 0)).toBe(true);
  });

  it('gives every demo county a population but 中阳县, so the page shows an unknown ratio too', () => {
    const counties = new Set(importAs('relocation', 'relocation.csv', encode(generated.relocation)).records.map((record) => record.county_code));
    const populations = importAs('population', 'population.csv', encode(generated.population)).records;
    expect(populations.map((record) => record.county_code).sort()).toEqual([...counties].filter((code) => code !== '141129').sort());
    expect(populations.every((record) => record.period.label === '2020' && record.population > 0)).toBe(true);
  });

  it('marks every row, the total row included, as synthetic', () => {
    for (const id of DATASET_IDS) {
      const { header, rows } = parseCsv(generated[id]);
      const source = header.indexOf('source');
      expect(source).toBeGreaterThanOrEqual(0);
      expect(rows.length).toBeGreaterThan(0);
      const unmarked = rows.filter((row) => !(row.cells[source] ?? '').includes('虚构示例数据'));
      expect(unmarked).toEqual([]);
    }
    expect(DEMO_SOURCE).toContain('虚构示例数据');
  });

  it("never uses Dai County's code 140923, whose real figures ship separately", () => {
    for (const id of DATASET_IDS) {
      const records = importAs(id, `${id}.csv`, encode(generated[id])).records;
      expect(records.filter((record) => record.county_code === '140923')).toEqual([]);
      expect(generated[id]).not.toContain('140923');
    }
  });
});
