/**
 * The files of the counting issue, as analysts make them, each with the figures worked out by hand that 代县's row
 * of the county table must then show. Test data, not real figures, except where a file is appended to the shipped
 * 2016-2020 total (3,676 people, 新华网 2020-11-19).
 */
export interface CountingExample {
  name: string;
  file: string;
  lines: readonly string[];
  /** The dataset to name if the page asks (relocation unless said). */
  dataset?: 'relocation' | 'jobs';
  /** Applied in place of the table's data, or after the shipped rows. */
  mode: 'replace' | 'append';
  /** What 代县's row shows once applied. */
  expected: Partial<Record<'households' | 'people' | 'jobs', number>>;
  /** What the import report says: the reading taken, and how many lines add to no figure, by reason. */
  reading?: 'totals' | 'households' | 'persons';
  notCounted: Partial<Record<string, number>>;
}

export const COUNTING_EXAMPLES: readonly CountingExample[] = [
  {
    name: 'a park, then 上馆镇 as three unit types',
    file: 'jobs-types.csv',
    lines: [
      'county_code,county,period,unit,unit_type,jobs',
      '140923,代县,2020,滨河扶贫产业园区,industrial_park,500',
      '140923,代县,2020,上馆镇,township_workshop,120',
      '140923,代县,2020,上馆镇,family_workshop,60',
      '140923,代县,2020,上馆镇,enterprise,200',
    ],
    mode: 'replace',
    expected: { jobs: 500 + 120 + 60 + 200 },
    notCounted: {},
  },
  {
    name: 'a roster without 户编号, with 户主姓名 and no households column',
    file: 'roster-householders.csv',
    lines: [
      '县级代码,县,年份,乡镇,安置点,户主姓名,搬迁人数',
      '140923,代县,2019,上馆镇,滨河新区,张甲,4',
      '140923,代县,2019,上馆镇,滨河新区,李乙,5',
      '140923,代县,2019,上馆镇,东关安置点,王丙,3',
      '140923,代县,2019,峨口镇,峨口新区,赵丁,4',
      '140923,代县,2019,峨口镇,峨口新区,钱戊,4',
    ],
    mode: 'replace',
    expected: { households: 5, people: 4 + 5 + 3 + 4 + 4 },
    reading: 'households',
    notCounted: {},
  },
  {
    name: 'three households of one site, no id, two of them alike',
    file: 'three-households.csv',
    lines: [
      'county_code,county,period,township,site,households,people',
      '140923,代县,2019,上馆镇,滨河新区,1,4',
      '140923,代县,2019,上馆镇,滨河新区,1,3',
      '140923,代县,2019,上馆镇,滨河新区,1,4',
    ],
    mode: 'replace',
    expected: { households: 3, people: 4 + 3 + 4 },
    reading: 'households',
    notCounted: {},
  },
  {
    name: 'one row per origin village',
    file: 'villages.csv',
    lines: [
      'county_code,county,period,township,村,households,people',
      '140923,代县,2019,上馆镇,东村,10,30',
      '140923,代县,2019,上馆镇,西村,15,50',
      '140923,代县,2019,峨口镇,南村,20,70',
      '140923,代县,2019,峨口镇,北村,30,105',
    ],
    mode: 'replace',
    expected: { households: 10 + 15 + 20 + 30, people: 30 + 50 + 70 + 105 },
    notCounted: {},
  },
  {
    name: 'a 上馆镇小计 row and a 全县 row among the rows',
    file: 'subtotals.csv',
    lines: [
      'county_code,county,period,township,site,households,people',
      '140923,代县,2019,上馆镇,滨河新区,25,80',
      '140923,代县,2019,上馆镇,东关安置点,15,50',
      '140923,代县,2019,上馆镇小计,,40,130',
      '140923,代县,2019,峨口镇,峨口新区,35,125',
      '140923,代县,2019,全县,,75,255',
    ],
    mode: 'replace',
    expected: { households: 25 + 15 + 35, people: 80 + 50 + 125 },
    notCounted: { total_by_wording: 2 },
  },
  {
    name: 'a county 2016-2020 total with its townships’ 2019 and 2020 rows',
    file: 'range-and-years.csv',
    lines: ['county_code,county,period,township,people', '140923,代县,2016-2020,,3676', '140923,代县,2019,上馆镇,2000', '140923,代县,2020,峨口镇,1676'],
    mode: 'replace',
    expected: { people: 3676 },
    notCounted: { in_range: 2 },
  },
  {
    name: 'township years appended to the shipped 2016-2020 total',
    file: 'township-years.csv',
    lines: ['county_code,county,period,township,people', '140923,代县,2019,上馆镇,1800', '140923,代县,2020,峨口镇,1000'],
    mode: 'append',
    expected: { people: 3676 },
    notCounted: {},
  },
  {
    name: 'a park’s 2016-2020 row and its 2020 row',
    file: 'park-range.csv',
    lines: [
      'county_code,county,period,unit,unit_type,jobs',
      '140923,代县,2016-2020,滨河扶贫产业园区,industrial_park,500',
      '140923,代县,2020,滨河扶贫产业园区,industrial_park,520',
    ],
    mode: 'replace',
    expected: { jobs: 520 },
    notCounted: { superseded_snapshot: 1 },
  },
  {
    name: 'a roster with one blank 户编号',
    file: 'roster-blank-id.csv',
    lines: [
      '县级代码,县,年份,乡镇,安置点,户编号,搬迁人数',
      '140923,代县,2019,上馆镇,滨河新区,H1,3',
      '140923,代县,2019,上馆镇,滨河新区,H2,4',
      '140923,代县,2019,上馆镇,滨河新区,,5',
      '140923,代县,2019,上馆镇,滨河新区,H4,2',
    ],
    mode: 'replace',
    expected: { households: 4, people: 3 + 4 + 5 + 2 },
    reading: 'households',
    notCounted: {},
  },
  {
    name: 'a roster with one row per person',
    file: 'roster-persons.csv',
    lines: [
      '县级代码,县,年份,乡镇,安置点,户编号,与户主关系,建档立卡人数',
      '140923,代县,2019,上馆镇,滨河新区,H1,户主,1',
      '140923,代县,2019,上馆镇,滨河新区,H1,配偶,1',
      '140923,代县,2019,上馆镇,滨河新区,H2,户主,1',
      '140923,代县,2019,上馆镇,滨河新区,H2,子女,0',
      '140923,代县,2019,上馆镇,滨河新区,H2,子女,0',
    ],
    mode: 'replace',
    expected: { households: 2, people: 5 },
    reading: 'persons',
    notCounted: {},
  },
];
