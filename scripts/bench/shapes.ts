import areaNames from 'china-area-data/v5/data.json';
import { seededRandom } from '../seededRandom';
import { BENCH_SEED, BENCH_SOURCE, householdCsvPieces } from './householdCsv';

/**
 * The shapes of relocation file the benchmark imports: each is a kind of file analysts send, at any number of
 * rows, deterministic for a seed. `many` shapes spread their lines over hundreds of thousands of county–year–
 * township–site groups, as a national registry of 35,000 sites over five years approaches.
 */
export const SHAPE_NAMES = ['households-few-groups', 'households-many-groups', 'households-no-id', 'persons', 'totals-by-village'] as const;
export type ShapeName = (typeof SHAPE_NAMES)[number];

export interface Shape {
  name: ShapeName;
  /** What the shape is, for the table. */
  description: string;
  pieces: (rows: number, seed?: number) => Generator<string>;
  /** The people the file states: what the people KPI should read once it is imported. */
  peopleOfLine: (cells: readonly string[]) => number;
}

const YEARS = [2016, 2017, 2018, 2019, 2020];
// At a million lines these give about 770,000 distinct county–year–township–site groups.
const TOWNSHIPS_PER_COUNTY = 150;
const SITES_PER_TOWNSHIP = 24;
const VILLAGES_PER_TOWNSHIP = 40;

type AreaTree = Readonly<Record<string, Readonly<Record<string, string>>>>;

function shanxiCounties(): { code: string; name: string }[] {
  const tree = areaNames as AreaTree;
  return Object.keys(tree['140000'] ?? {}).flatMap((prefecture) => Object.entries(tree[prefecture] ?? {}).map(([code, name]) => ({ code, name })));
}

/** Yields the header, then `rows` lines made by `line`, in pieces of about 10,000 lines. */
function* linesInPieces(header: readonly string[], rows: number, line: (index: number) => string): Generator<string> {
  let piece = `${header.join(',')}\r\n`;
  for (let index = 0; index < rows; index++) {
    piece += `${line(index)}\r\n`;
    if ((index + 1) % 10_000 === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/** A place drawn at random among many: a county, a year, one of its townships, a site and a village there. */
function widePlaces(seed: number) {
  const random = seededRandom(seed);
  const counties = shanxiCounties();
  const pick = (count: number) => Math.floor(random() * count);
  return {
    random,
    next() {
      const county = counties[pick(counties.length)]!;
      const township = 1 + pick(TOWNSHIPS_PER_COUNTY);
      return {
        county,
        year: YEARS[pick(YEARS.length)]!,
        township: `乡镇${township}`,
        site: `安置点${township}-${1 + pick(SITES_PER_TOWNSHIP)}`,
        village: `村${township}-${1 + pick(VILLAGES_PER_TOWNSHIP)}`,
      };
    },
  };
}

const ROSTER_HEADER = ['县级代码', '县', '年份', '乡镇', '安置点', '户编号', '搬迁户数', '搬迁人数', '建档立卡人数', '来源'];

function* householdsManyGroups(rows: number, seed = BENCH_SEED, withId = true): Generator<string> {
  const places = widePlaces(seed);
  const header = withId ? ROSTER_HEADER : ROSTER_HEADER.filter((name) => name !== '户编号');
  yield* linesInPieces(header, rows, (index) => {
    const place = places.next();
    const people = 1 + Math.floor(places.random() * 7);
    const poor = places.random() < 0.8 ? people : 0;
    const id = withId ? `${place.county.code}-${String(index).padStart(7, '0')},` : '';
    return `${place.county.code},${place.county.name},${place.year},${place.township},${place.site},${id}1,${people},${poor},${BENCH_SOURCE}`;
  });
}

const PERSONS_HEADER = ['县级代码', '县', '年份', '乡镇', '安置点', '户编号', '与户主关系', '来源'];
const RELATIONSHIPS = ['户主', '配偶', '子女', '子女', '父母', '孙子女', '其他'];

/** One line per person: a household's members follow one another, each carrying its number. */
function* persons(rows: number, seed = BENCH_SEED): Generator<string> {
  const places = widePlaces(seed);
  let place = places.next();
  let household = 0;
  let members = 0;
  let size = 0;
  yield* linesInPieces(PERSONS_HEADER, rows, () => {
    if (members === size) {
      place = places.next();
      household++;
      members = 0;
      size = 1 + Math.floor(places.random() * 7);
    }
    const relationship = RELATIONSHIPS[members++]!;
    return `${place.county.code},${place.county.name},${place.year},${place.township},${place.site},${place.county.code}-${String(household).padStart(7, '0')},${relationship},${BENCH_SOURCE}`;
  });
}

const VILLAGE_HEADER = ['县级代码', '县', '年份', '乡镇', '行政村', '安置点', '搬迁户数', '搬迁人数', '来源'];

/** One line of totals per village, township, site and year, each a distinct place. */
function* totalsByVillage(rows: number, seed = BENCH_SEED): Generator<string> {
  const places = widePlaces(seed);
  yield* linesInPieces(VILLAGE_HEADER, rows, (index) => {
    const place = places.next();
    const households = 5 + Math.floor(places.random() * 200);
    const people = households * 3 + Math.floor(places.random() * households);
    // The index makes each village distinct: a total stated twice would be one fact, and the file's sum would lie.
    return `${place.county.code},${place.county.name},${place.year},${place.township},${place.village}-${index},${place.site},${households},${people},${BENCH_SOURCE}`;
  });
}

const column = (header: readonly string[], name: string) => header.indexOf(name);

export const SHAPES: Readonly<Record<ShapeName, Shape>> = {
  'households-few-groups': {
    name: 'households-few-groups',
    description: 'roster with 户编号, 24 township–site groups per county',
    pieces: (rows, seed) => householdCsvPieces(rows, seed),
    peopleOfLine: (cells) => Number(cells[7]),
  },
  'households-many-groups': {
    name: 'households-many-groups',
    description: 'roster with 户编号, hundreds of thousands of groups',
    pieces: (rows, seed) => householdsManyGroups(rows, seed, true),
    peopleOfLine: (cells) => Number(cells[column(ROSTER_HEADER, '搬迁人数')]),
  },
  'households-no-id': {
    name: 'households-no-id',
    description: 'roster without 户编号, hundreds of thousands of groups',
    pieces: (rows, seed) => householdsManyGroups(rows, seed, false),
    peopleOfLine: (cells) => Number(cells[column(ROSTER_HEADER, '搬迁人数') - 1]),
  },
  persons: {
    name: 'persons',
    description: 'roster of persons (户编号 + 与户主关系), no figure columns',
    pieces: persons,
    peopleOfLine: () => 1,
  },
  'totals-by-village': {
    name: 'totals-by-village',
    description: 'village rows of totals, every line a place of its own',
    pieces: totalsByVillage,
    peopleOfLine: (cells) => Number(cells[column(VILLAGE_HEADER, '搬迁人数')]),
  },
};
