import { describe, expect, it } from 'vitest';
import { detectDataset } from '../../src/data/detectDataset';
import { DATASETS, DATASET_IDS } from '../../src/data/schema';

const AMBIGUOUS = ['county_code', 'county', 'period', 'site', 'households', 'people'];

describe('detectDataset', () => {
  describe('Chinese headers as analysts write them', () => {
    it.each([
      ['relocation', ['县级代码', '县', '年份', '乡镇', '搬迁户数', '搬迁人数（人）', '建档立卡人数（人）', '备注']],
      ['sites', ['县级代码', '县', '年份', '安置点', '入住户数（户）', '入住人数（人）', '占地（亩）', '建成年份']],
      ['jobs', ['县级代码', '县', '年份', '单位名称', '类型', '数量（个）', '就业岗位数（个）', '月均工资（元）']],
      ['income', ['县级代码', '县', '年份', '带贫机制', '覆盖村数', '受益户数', '受益人数', '户均增收（元/年）']],
      ['population', ['县级代码', '县', '年份', '常住人口（人）', '来源']],
    ] as const)('recognises %s', (datasetId, header) => {
      expect(detectDataset(header, 'Book1.csv')).toEqual({ kind: 'detected', datasetId });
    });

    it('recognises a sites header with 安置点 as sites, though relocation has a 安置点 column too (relocation lacks 搬迁户数/搬迁人数)', () => {
      expect(detectDataset(['县级代码', '县', '年份', '安置点', '入住人数'], 'x.csv')).toEqual({ kind: 'detected', datasetId: 'sites' });
    });

    it('prefers the dataset that recognises more columns when two fit: 搬迁户数 and 搬迁人数 make it relocation', () => {
      expect(detectDataset(['县级代码', '县', '年份', '安置点', '搬迁户数', '搬迁人数'], 'x.csv')).toEqual({ kind: 'detected', datasetId: 'relocation' });
    });

    it.each(DATASET_IDS)('recognises the full %s header of the data contract, in Chinese and in English', (datasetId) => {
      const columns = DATASETS[datasetId].columns;
      expect(detectDataset(columns.map((column) => column.zh), 'x.csv')).toEqual({ kind: 'detected', datasetId });
      expect(detectDataset(columns.map((column) => column.key), 'x.csv')).toEqual({ kind: 'detected', datasetId });
    });
  });

  describe('a header that fits two datasets equally', () => {
    it('leaves county_code,county,period,site,households,people to the analyst: relocation or sites, neither missing anything', () => {
      expect(detectDataset(AMBIGUOUS, 'upload.csv')).toEqual({
        kind: 'ambiguous',
        candidates: ['relocation', 'sites'],
        missing: { relocation: [], sites: [], jobs: ['unit', 'unit_type'], income: ['mechanism'], population: ['population'] },
      });
    });

    it.each([
      ['sites.csv', 'sites'],
      ['安置点.csv', 'sites'],
      ['2020年安置点统计.csv', 'sites'],
      ['relocation.csv', 'relocation'],
      ['易地搬迁.csv', 'relocation'],
    ] as const)('takes the file name %s as the hint that breaks the tie: %s', (fileName, datasetId) => {
      expect(detectDataset(AMBIGUOUS, fileName)).toEqual({ kind: 'detected', datasetId });
    });

    it('still asks when the file name hints at both (搬迁安置点.csv)', () => {
      const detection = detectDataset(AMBIGUOUS, '搬迁安置点.csv');
      expect(detection.kind === 'ambiguous' && detection.candidates).toEqual(['relocation', 'sites']);
    });

    it('lets a file-name hint break only a tie: a jobs header stays jobs in a file called sites.csv', () => {
      expect(detectDataset(['county_code', 'county', 'period', 'unit', 'unit_type'], 'sites.csv')).toEqual({ kind: 'detected', datasetId: 'jobs' });
    });
  });

  describe('a resident-population header', () => {
    it('is population, a census in 万人 included, whatever the file is called', () => {
      expect(detectDataset(['county_code', 'county', 'period', 'population'], 'relocation.csv')).toEqual({ kind: 'detected', datasetId: 'population' });
      expect(detectDataset(['县级代码', '县', '年份', '常住人口（万人）'], '七普.csv')).toEqual({ kind: 'detected', datasetId: 'population' });
    });

    it('is not taken for population when it also has relocation figures: the dataset recognising more columns wins', () => {
      expect(detectDataset(['县级代码', '县', '年份', '搬迁户数', '搬迁人数', '常住人口'], 'x.csv')).toEqual({ kind: 'detected', datasetId: 'relocation' });
    });

    it('is never found in a header of relocated people (搬迁人口 is not 常住人口)', () => {
      const detection = detectDataset(['县级代码', '县', '年份', '搬迁人数'], '人口普查.csv');
      expect(detection).toEqual({ kind: 'detected', datasetId: 'relocation' });
    });
  });

  describe('a header that fits nothing', () => {
    it('offers every dataset with each one’s missing required columns', () => {
      expect(detectDataset(['地区', '数量', '备注'], 'jobs.csv')).toEqual({
        kind: 'ambiguous',
        candidates: ['relocation', 'sites', 'jobs', 'income', 'population'],
        missing: {
          relocation: ['county_code', 'county', 'period', 'households/people/registered_poor_households/registered_poor_people'],
          sites: ['county_code', 'county', 'period', 'site'],
          jobs: ['county_code', 'county', 'period', 'unit', 'unit_type'],
          income: ['county_code', 'county', 'period', 'mechanism'],
          population: ['county_code', 'county', 'period', 'population'],
        },
      });
    });

    it('names only what is missing when the header is almost right (place and period, but no figures)', () => {
      const detection = detectDataset(['县级代码', '县', '年份'], 'x.csv');
      expect(detection).toEqual({
        kind: 'ambiguous',
        candidates: ['relocation', 'sites', 'jobs', 'income', 'population'],
        missing: { relocation: ['households/people/registered_poor_households/registered_poor_people'], sites: ['site'], jobs: ['unit', 'unit_type'], income: ['mechanism'], population: ['population'] },
      });
    });

    it('offers every dataset for an empty header', () => {
      const detection = detectDataset([], 'x.csv');
      expect(detection.kind === 'ambiguous' && detection.candidates).toEqual(['relocation', 'sites', 'jobs', 'income', 'population']);
    });
  });
});
