import areaNames from 'china-area-data/v5/data.json';
import { DATASETS, type DatasetId } from '../src/data/schema';
import { toCsv } from '../src/data/toCsv';
import { seededRandom } from './seededRandom';

/** The seed of the synthetic demo data; change it and the committed files must be regenerated. */
export const DEMO_SEED = 20201119;
export const DEMO_SOURCE = `虚构示例数据 synthetic demo data（scripts/generate-demo-data.ts，种子 ${DEMO_SEED}）`;
const NOTE = '虚构示例数据，不代表实际情况 / synthetic, not real figures';

// Counties of 忻州 (without 代县, whose real figures ship separately, and the city district) and four of 吕梁.
const DEMO_COUNTIES = [
  '140921',
  '140922',
  '140924',
  '140925',
  '140926',
  '140927',
  '140928',
  '140929',
  '140930',
  '140931',
  '140932',
  '140981',
  '141123',
  '141124',
  '141126',
  '141129',
];
const WITHOUT_POPULATION = '141129';
const YEARS = [2016, 2017, 2018, 2019, 2020];
const MECHANISMS = ['光伏扶贫收益', '资产收益分红', '产业园区务工', '扶贫车间务工', '特色种养合作社'];

function countyName(code: string): string {
  const prefecture = (areaNames as Record<string, Record<string, string>>)[`${code.slice(0, 4)}00`];
  const name = prefecture?.[code];
  if (!name) throw new Error(`No county ${code} in china-area-data`);
  return name;
}

type Row = Record<string, string | number | null>;

function csvOf(datasetId: DatasetId, rows: readonly Row[]): string {
  const header = DATASETS[datasetId].columns.map((column) => column.key);
  return toCsv(
    header,
    rows.map((row) => header.map((key) => row[key] ?? null)),
  );
}

/** Generates the synthetic multi-county demo dataset: one CSV text per dataset, the same for the same seed. */
export function generateDemoData(seed = DEMO_SEED): Record<DatasetId, string> {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + random() * (high - low);
  const whole = (low: number, high: number) => Math.round(between(low, high));
  const common = (code: string, period: string | number): Row => ({ county_code: code, county: countyName(code), period, source: DEMO_SOURCE, note: NOTE });

  const relocation: Row[] = [];
  const sites: Row[] = [];
  const jobs: Row[] = [];
  const income: Row[] = [];
  DEMO_COUNTIES.forEach((code, countyIndex) => {
    const scale = between(0.3, 1.6);
    for (const year of YEARS) {
      const households = Math.max(20, Math.round(whole(80, 700) * scale));
      const people = Math.round(households * between(2.3, 3.1));
      const poorShare = between(0.68, 0.92);
      const wholeVillageShare = between(0.35, 0.75);
      const registeredPoorHouseholds = Math.round(households * poorShare);
      const registeredPoorPeople = Math.round(people * poorShare);
      const wholeVillageHouseholds = Math.round(households * wholeVillageShare);
      const wholeVillagePeople = Math.round(people * wholeVillageShare);
      // One county in four leaves its 2016 breakdown blank, as real reports often do: unknown, not zero.
      const blankBreakdown = year === 2016 && countyIndex % 4 === 3;
      relocation.push({
        ...common(code, year),
        households,
        people,
        registered_poor_households: blankBreakdown ? null : registeredPoorHouseholds,
        registered_poor_people: blankBreakdown ? null : registeredPoorPeople,
        synchronous_households: blankBreakdown ? null : households - registeredPoorHouseholds,
        synchronous_people: blankBreakdown ? null : people - registeredPoorPeople,
        whole_village_households: wholeVillageHouseholds,
        whole_village_people: wholeVillagePeople,
        scattered_households: households - wholeVillageHouseholds,
        scattered_people: people - wholeVillagePeople,
        villages: Math.max(1, Math.round(wholeVillageHouseholds / between(15, 45))),
      });
    }
    for (let i = 1; i <= whole(1, 3); i++) {
      const households = whole(120, 1400);
      sites.push({
        ...common(code, 2020),
        site: `${countyName(code)}示例安置点${i}`,
        households,
        people: Math.round(households * between(2.4, 3.2)),
        area_mu: whole(40, 600),
        opened: whole(2017, 2020),
      });
    }
    const parkJobs = whole(150, 1500);
    const units: Row[] = [
      { unit: `${countyName(code)}示例产业园区`, unit_type: 'industrial_park', units: 1, enterprises: whole(3, 15), jobs: parkJobs, area_mu: whole(100, 500) },
      { unit: '扶贫车间', unit_type: 'township_workshop', units: whole(3, 14), jobs: whole(60, 600) },
      { unit: '家庭作坊', unit_type: 'family_workshop', units: whole(40, 500) },
      { unit: '带贫企业', unit_type: 'enterprise', units: whole(2, 9), jobs: whole(50, 400) },
    ];
    for (const unit of units) {
      const unitJobs = typeof unit['jobs'] === 'number' ? unit['jobs'] : null;
      const relocatedWorkers = unitJobs !== null && countyIndex % 5 !== 2 ? Math.round(unitJobs * between(0.3, 0.8)) : null;
      jobs.push({ ...common(code, 2020), ...unit, relocated_workers: relocatedWorkers, avg_monthly_wage_yuan: unitJobs === null ? null : whole(1800, 3600) });
    }
    const start = whole(0, MECHANISMS.length - 1);
    for (let i = 0; i < whole(2, 3); i++) {
      const households = whole(150, 2500);
      income.push({
        ...common(code, 2020),
        mechanism: MECHANISMS[(start + i) % MECHANISMS.length] ?? '',
        villages: whole(5, 60),
        households,
        people: Math.round(households * between(2.2, 3)),
        income_gain_per_household_yuan: whole(600, 6000),
      });
    }
  });
  // Drawn after every other figure, so adding the population table left the other files' numbers as they were.
  // 中阳县 has none, as a county missing from a census extract would: its per-resident figures, and 吕梁's, stay unknown.
  const population: Row[] = DEMO_COUNTIES.filter((code) => code !== WITHOUT_POPULATION).map((code) => ({
    ...common(code, 2020),
    population: whole(80_000, 450_000),
  }));
  const grandTotal: Row = { county: '合计', source: DEMO_SOURCE, note: '合计行：核对用，不计入 / total row, checked but not added' };
  for (const key of ['households', 'people', 'registered_poor_households', 'registered_poor_people']) {
    grandTotal[key] = relocation.reduce((sum, row) => sum + (typeof row[key] === 'number' ? row[key] : 0), 0);
  }
  relocation.push(grandTotal);
  return {
    relocation: csvOf('relocation', relocation),
    sites: csvOf('sites', sites),
    jobs: csvOf('jobs', jobs),
    income: csvOf('income', income),
    population: csvOf('population', population),
  };
}
