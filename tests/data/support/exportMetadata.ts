import type { ExportMetadata } from '../../../src/data/export/csvMetadata';

/** An export's metadata as the county table writes it: two sources (one with its own commas and quotes), real figures. */
export const TABLE_METADATA: ExportMetadata = {
  title: '各县汇总',
  area: '代县、繁峙县',
  period: '2016-2020',
  unit: '见各列标题',
  sources: ['忻州日报, "代县搬迁", 2020-12-01', '山西日报'],
  exported: '2026-12-06',
  synthetic: null,
};
