import { describe, expect, it } from 'vitest';
import { chartExportLabels, exportMetadata, exportStem, figuresCsv, localDay } from '../../../src/charts/export/exportLabels';
import { readExportedCsv } from '../../../src/data/export/csvMetadata';
import { formatList } from '../../../src/i18n/format';
import { context } from '../factories';

const zh = context('zh');
const en = context('en');
const chart = { unit: '人', sources: ['忻州日报'], synthetic: false, period: '2016-2020', counties: [], date: new Date(2026, 0, 5, 23, 30) };

describe('chartExportLabels', () => {
  it('puts the period and unit above, the source and the day it was made below', () => {
    const labels = chartExportLabels(chart, 'zh', zh.t);
    expect(labels.subtitle).toBe(zh.t('export.subtitle', { period: '2016-2020', unit: '人' }));
    expect(labels.footer).toEqual([zh.t('chart.source', { sources: '忻州日报' }), zh.t('export.madeWith', { date: '2026-01-05' })]);
  });

  it('names the counties chosen before the period, and says when figures are synthetic', () => {
    const labels = chartExportLabels({ ...chart, counties: ['Dai', 'Fanshi'], synthetic: true }, 'en', en.t);
    expect(labels.subtitle.startsWith(`${formatList(['Dai', 'Fanshi'], 'en')} · `)).toBe(true);
    expect(labels.footer).toContain(en.t('export.synthetic'));
  });

  it('says when there is no source or no period rather than leaving a gap', () => {
    const labels = chartExportLabels({ ...chart, sources: [], period: '' }, 'en', en.t);
    expect(labels.subtitle).toBe(en.t('export.subtitle', { period: en.t('export.allPeriods'), unit: '人' }));
    expect(labels.footer[0]).toBe(en.t('chart.source', { sources: en.t('export.noSource') }));
  });
});

describe('localDay', () => {
  it('is the reader’s own day, not the UTC one', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 59);
    expect(localDay(lateEvening)).toBe('2026-12-31');
  });
});

describe('exportStem', () => {
  it('names chart, dataset and period, and "all" without a period', () => {
    expect(exportStem('people-by-county', 'demo', '2016-2020')).toBe('people-by-county_demo_2016-2020');
    expect(exportStem('people-by-county', 'demo', '')).toBe('people-by-county_demo_all');
  });
});

describe('figuresCsv', () => {
  const table = { columns: ['县', '人'], rows: [['代县', 3676]] };
  const real = exportMetadata(chart, '各县搬迁人口', '代县', zh.t);

  it('carries title, area, period, unit, each source and the day above a table that reads back as written', () => {
    const exported = readExportedCsv(figuresCsv(table, { ...real, sources: ['忻州日报，2020-12-01', '=cmd'] }, zh.t));
    expect(exported.metadata).toEqual({
      title: ['各县搬迁人口'],
      area: ['代县'],
      period: ['2016-2020'],
      unit: ['人'],
      source: ['忻州日报，2020-12-01', "'=cmd"],
      exported: ['2026-01-05'],
    });
    expect([exported.columns, exported.rows]).toEqual([['县', '人'], [['代县', '3676']]]);
  });

  it('marks synthetic figures in the metadata and on every row, so a pasted extract cannot pass for real data', () => {
    const exported = readExportedCsv(figuresCsv(table, exportMetadata({ ...chart, synthetic: true }, '各县搬迁人口', '代县', zh.t), zh.t));
    expect(exported.metadata['synthetic']).toEqual([zh.t('export.synthetic')]);
    expect(exported.columns.at(-1)).toBe(zh.t('synthetic.badge'));
    expect(exported.rows[0]?.at(-1)).toBe(zh.t('export.syntheticCell'));
  });

  it('adds no synthetic mark to real figures, and names the lack of a source or period', () => {
    const exported = readExportedCsv(figuresCsv(table, exportMetadata({ ...chart, sources: [], period: '' }, 'T', 'A', en.t), en.t));
    expect(exported.metadata['synthetic']).toBeUndefined();
    expect([exported.metadata['source'], exported.metadata['period']]).toEqual([[en.t('export.noSource')], [en.t('export.allPeriods')]]);
    expect(exported.columns).toEqual(['县', '人']);
  });
});
