import areaNames from 'china-area-data/v5/data.json';
import { seededRandom } from '../seededRandom';

/** Every benchmark row says it is invented, so the file can never be mistaken for real figures. */
export const BENCH_SOURCE = '虚构基准 synthetic';
export const BENCH_SEED = 96_000_000;
const YEARS = [2016, 2017, 2018, 2019, 2020];

/** The header an Excel user in a county office would write: Chinese names, as the data contract lists them. */
export const HOUSEHOLD_HEADER = [
  '县级代码',
  '县',
  '年份',
  '乡镇',
  '安置点',
  '户编号',
  '搬迁户数',
  '搬迁人数',
  '建档立卡户数',
  '建档立卡人数',
  '同步搬迁户数',
  '同步搬迁人数',
  '整体搬迁户数',
  '整体搬迁人数',
  '插花搬迁户数',
  '插花搬迁人数',
  '来源',
];

type AreaTree = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** Shanxi's county-level units (codes 14xxxx below its prefectures), from the national code list. */
function shanxiCounties(): { code: string; name: string }[] {
  const tree = areaNames as AreaTree;
  return Object.keys(tree['140000'] ?? {}).flatMap((prefecture) => Object.entries(tree[prefecture] ?? {}).map(([code, name]) => ({ code, name })));
}

/**
 * A synthetic household-level relocation file: one row per household (1 household, 1–7 people), spread over
 * Shanxi's real county codes, 8 townships and 3 resettlement sites each, 2016–2020. Deterministic for a seed,
 * and yielded in pieces of about `rowsPerPiece` rows so a 100 MB file never has to be one string.
 */
export function* householdCsvPieces(rows: number, seed = BENCH_SEED, rowsPerPiece = 10_000): Generator<string> {
  const random = seededRandom(seed);
  const counties = shanxiCounties();
  let piece = `${HOUSEHOLD_HEADER.join(',')}\r\n`;
  for (let index = 0; index < rows; index++) {
    const county = counties[Math.floor(random() * counties.length)]!;
    const year = YEARS[Math.floor(random() * YEARS.length)]!;
    const township = 1 + Math.floor(random() * 8);
    const site = 1 + Math.floor(random() * 3);
    const people = 1 + Math.floor(random() * 7);
    const poor = random() < 0.8 ? 1 : 0;
    const wholeVillage = random() < 0.6 ? 1 : 0;
    const id = `${county.code}-${String(index).padStart(7, '0')}`;
    piece +=
      `${county.code},${county.name},${year},示例乡镇${township},示例安置点${township}-${site},${id},1,${people},` +
      `${poor},${poor * people},${1 - poor},${(1 - poor) * people},${wholeVillage},${wholeVillage * people},` +
      `${1 - wholeVillage},${(1 - wholeVillage) * people},${BENCH_SOURCE}\r\n`;
    if ((index + 1) % rowsPerPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
