import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_IDS, UNIT_TYPES } from '../../../src/data/schema';
import { normaliseHeader } from '../../../src/data/matchHeaders';

describe('DATASETS', () => {
  it('holds the five datasets under their own ids and file names', () => {
    expect(DATASET_IDS).toEqual(['relocation', 'sites', 'jobs', 'income', 'population']);
    for (const id of DATASET_IDS) {
      expect(DATASETS[id].id).toBe(id);
      expect(DATASETS[id].fileName).toBe(`${id}.csv`);
    }
  });

  it.each(DATASET_IDS)('%s starts with county_code, county, period (required) and ends with source, quote, note', (id) => {
    const columns = DATASETS[id].columns;
    expect(columns.slice(0, 3).map((column) => [column.key, column.required])).toEqual([
      ['county_code', true],
      ['county', true],
      ['period', true],
    ]);
    expect(columns.slice(-3).map((column) => column.key)).toEqual(['source', 'quote', 'note']);
  });

  it.each(DATASET_IDS)('%s names each column once, in English and in Chinese', (id) => {
    const columns = DATASETS[id].columns;
    const english = columns.map((column) => normaliseHeader(column.key));
    const chinese = columns.map((column) => normaliseHeader(column.zh));
    expect(new Set(english).size).toBe(columns.length);
    expect(new Set(chinese).size).toBe(columns.length);
  });

  it.each(DATASET_IDS)('%s refers only to its own columns in its rules', (id) => {
    const spec = DATASETS[id];
    const keys = new Set(spec.columns.map((column) => column.key));
    const referenced = [
      ...(spec.requireOneOf ?? []).flat(),
      ...(spec.partsOfWholes ?? []).flatMap(({ part, whole }) => [part, whole]),
      ...spec.labelColumns,
      ...spec.levels,
    ];
    expect(referenced.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(DATASET_IDS)('%s compares only figures in its parts and wholes', (id) => {
    const spec = DATASETS[id];
    const typeOf = (key: string) => spec.columns.find((column) => column.key === key)?.type;
    for (const { part, whole } of spec.partsOfWholes ?? []) {
      expect([typeOf(part), typeOf(whole)]).toEqual(['count', 'count']);
    }
  });

  it('gives jobs unit_type the four unit types, each with a Chinese word', () => {
    const unitType = DATASETS.jobs.columns.find((column) => column.key === 'unit_type');
    expect(unitType?.enumValues).toBe(UNIT_TYPES);
    expect(UNIT_TYPES.map((option) => [option.code, option.label.zh])).toEqual([
      ['industrial_park', '产业园区'],
      ['township_workshop', '扶贫车间'],
      ['family_workshop', '家庭作坊'],
      ['enterprise', '企业'],
    ]);
  });

  it('defaults jobs units to 1 and no other column', () => {
    const defaults = DATASET_IDS.flatMap((id) =>
      DATASETS[id].columns.filter((column) => column.defaultValue !== undefined).map((column) => [id, column.key, column.defaultValue]),
    );
    expect(defaults).toEqual([['jobs', 'units', 1]]);
  });
});
