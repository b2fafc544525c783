// Every chart builder called twice, with figures and with none: the golden pictures draw the first, the
// empty-chart specification checks the second, so a new builder is added to both by one entry here.
import { readFileSync } from 'node:fs';
import { registerMap } from 'echarts/core';
import type { ChartContext, ChartSpec } from '../../src/charts/chartOption';
import { buildCompositionChart } from '../../src/charts/options/buildCompositionChart';
import { buildCountyMapChart } from '../../src/charts/options/buildCountyMapChart';
import { buildIncomeByCountyChart } from '../../src/charts/options/buildIncomeByCountyChart';
import { buildIncomeByMechanismChart } from '../../src/charts/options/buildIncomeByMechanismChart';
import { buildJobsByCountyChart } from '../../src/charts/options/buildJobsByCountyChart';
import { buildJobsByUnitTypeChart } from '../../src/charts/options/buildJobsByUnitTypeChart';
import { buildPeopleByCountyChart } from '../../src/charts/options/buildPeopleByCountyChart';
import { buildPeopleByPeriodChart } from '../../src/charts/options/buildPeopleByPeriodChart';
import '../../src/charts/map/loadCountyMap';
import { countySummary, figureSummary, jobsRecord, measure, mechanism } from '../support/figures';

export interface BuilderCase {
  name: string;
  drawn: (context: ChartContext) => ChartSpec;
  /** Absent for the map, which always draws its outline: a county without a figure is "no data", not an empty chart. */
  empty?: (context: ChartContext) => ChartSpec;
}

const MAP_FILE = new URL('../../data/maps/140000-shanxi-counties.geojson', import.meta.url);
const SHANXI = { name: 'counties-140000', counties: { '140923': '代县', '140921': '定襄县', '140922': '五台县', '140924': '繁峙县' } };
let mapRegistered = false;

/** Registers Shanxi's county outlines with ECharts as the page does after fetching them, once. */
function shanxiMap() {
  if (!mapRegistered) registerMap(SHANXI.name, JSON.parse(readFileSync(MAP_FILE, 'utf8')) as Parameters<typeof registerMap>[1]);
  mapRegistered = true;
  return SHANXI;
}

const counties = [
  countySummary('140923', '代县', { people: measure(3676), income_households: measure(1200), income_gain_per_household_yuan: measure(18000) }),
  countySummary('140924', '繁峙县', { people: measure(2410), income_households: measure(800), income_gain_per_household_yuan: measure(12500) }),
  countySummary('140922', '五台县', { people: measure(null, 0, 3) }),
];
const jobs = [
  jobsRecord('代县', 'industrial_park', { jobs: 1200, relocated_workers: 640 }, '140923'),
  jobsRecord('代县', 'township_workshop', { jobs: 300, relocated_workers: 280 }, '140923'),
  jobsRecord('繁峙县', 'enterprise', { jobs: 450, relocated_workers: 120 }, '140924'),
];
const composition = figureSummary({
  people: measure(6086),
  whole_village_people: measure(3800),
  scattered_people: measure(2286),
  registered_poor_people: measure(4600),
  synchronous_people: measure(1486),
  whole_village_share: 3800 / 6086,
  whole_village_basis: { whole: 6086, unstatedPeople: 0 },
  registered_poor_share: 4600 / 6086,
  registered_poor_basis: { whole: 6086, unstatedPeople: 0 },
});

export const BUILDER_CASES: readonly BuilderCase[] = [
  { name: 'people-by-county', drawn: (c) => buildPeopleByCountyChart(counties, c), empty: (c) => buildPeopleByCountyChart([], c) },
  {
    name: 'people-by-period',
    drawn: (c) =>
      buildPeopleByPeriodChart(
        {
          kind: 'yearly',
          rangeRowsLeftOut: 0,
          points: ['2016', '2017', '2018', '2019', '2020'].map((period, i) => ({ period, people: measure(900 + i * 310) })),
        },
        c,
      ),
    empty: (c) => buildPeopleByPeriodChart({ kind: 'yearly', points: [], rangeRowsLeftOut: 0 }, c),
  },
  { name: 'relocation-composition', drawn: (c) => buildCompositionChart(composition, c), empty: (c) => buildCompositionChart(figureSummary(), c) },
  { name: 'jobs-by-unit-type', drawn: (c) => buildJobsByUnitTypeChart(jobs, 'jobs', c), empty: (c) => buildJobsByUnitTypeChart([], 'jobs', c) },
  { name: 'jobs-by-county', drawn: (c) => buildJobsByCountyChart(jobs, 'jobs', c), empty: (c) => buildJobsByCountyChart([], 'jobs', c) },
  { name: 'income-by-county', drawn: (c) => buildIncomeByCountyChart(counties, c), empty: (c) => buildIncomeByCountyChart([], c) },
  {
    name: 'income-by-mechanism',
    drawn: (c) => buildIncomeByMechanismChart([mechanism('光伏扶贫', 3000, null, 1855), mechanism('产业就业（车间务工）', 18000, null, 600)], c),
    empty: (c) => buildIncomeByMechanismChart([], c),
  },
  {
    name: 'county-map',
    drawn: (c) =>
      buildCountyMapChart(
        [
          { code: '140923', county: '代县', value: 3676 },
          { code: '140924', county: '繁峙县', value: 2410 },
          { code: '140922', county: '五台县', value: null },
        ],
        { label: c.t('kpi.people'), unit: c.t('unit.people'), digits: 0 },
        shanxiMap(),
        c,
      ),
  },
];
