/**
 * One square per provincial-level division, in its approximate place on a grid of 8 columns and 8 rows (row 0 at
 * the top): the same layout in every chart, so a reader learns it once. Taiwan, Hong Kong and Macao have their
 * squares like every other, with no figure; a tile map draws no border, so it shows no disputed line.
 */
export interface ProvinceTile {
  code: string;
  /** The name a square has room for. */
  short: { zh: string; en: string };
  row: number;
  col: number;
}

const tile = (code: string, zh: string, en: string, row: number, col: number): ProvinceTile => ({ code, short: { zh, en }, row, col });

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  tile('230000', '黑龙江', 'HL', 0, 7),
  tile('150000', '内蒙古', 'NM', 1, 5),
  tile('110000', '北京', 'BJ', 1, 6),
  tile('220000', '吉林', 'JL', 1, 7),
  tile('650000', '新疆', 'XJ', 2, 1),
  tile('640000', '宁夏', 'NX', 2, 3),
  tile('140000', '山西', 'SX', 2, 4),
  tile('130000', '河北', 'HE', 2, 5),
  tile('120000', '天津', 'TJ', 2, 6),
  tile('210000', '辽宁', 'LN', 2, 7),
  tile('630000', '青海', 'QH', 3, 2),
  tile('620000', '甘肃', 'GS', 3, 3),
  tile('610000', '陕西', 'SN', 3, 4),
  tile('410000', '河南', 'HA', 3, 5),
  tile('370000', '山东', 'SD', 3, 6),
  tile('540000', '西藏', 'XZ', 4, 1),
  tile('510000', '四川', 'SC', 4, 2),
  tile('500000', '重庆', 'CQ', 4, 3),
  tile('420000', '湖北', 'HB', 4, 4),
  tile('340000', '安徽', 'AH', 4, 5),
  tile('320000', '江苏', 'JS', 4, 6),
  tile('310000', '上海', 'SH', 4, 7),
  tile('530000', '云南', 'YN', 5, 2),
  tile('520000', '贵州', 'GZ', 5, 3),
  tile('430000', '湖南', 'HN', 5, 4),
  tile('360000', '江西', 'JX', 5, 5),
  tile('330000', '浙江', 'ZJ', 5, 6),
  tile('450000', '广西', 'GX', 6, 3),
  tile('440000', '广东', 'GD', 6, 4),
  tile('350000', '福建', 'FJ', 6, 5),
  tile('710000', '台湾', 'TW', 6, 6),
  tile('460000', '海南', 'HI', 7, 3),
  tile('820000', '澳门', 'MO', 7, 4),
  tile('810000', '香港', 'HK', 7, 5),
];

export const TILE_ROWS = 8;
export const TILE_COLS = 8;
