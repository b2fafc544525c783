import type { BaseRecord, Dataset, Period } from '../data/types';
import type { DatasetId } from '../data/schema';
import { sourcesOf } from '../data/aggregate/sourcesOf';
import { filterDataset, yearSpan } from '../data/aggregate/filterDataset';
import { latestSnapshots } from '../data/aggregate/latestSnapshots';
import { summarise, summariseByCounty, type CountySummary, type FigureSummary } from '../data/aggregate/summarise';
import { summariseByArea } from '../data/aggregate/summariseByArea';
import { peopleByPeriod } from '../data/aggregate/peopleByPeriod';
import { firstKnownJobsMeasure, type JobsMeasure } from '../data/aggregate/jobsBreakdown';
import { incomeByMechanism } from '../data/aggregate/incomeByMechanism';
import type { ChartContext, ChartSpec } from '../charts/chartOption';
import { buildPeopleByCountyChart } from '../charts/options/buildPeopleByCountyChart';
import { buildCompositionChart } from '../charts/options/buildCompositionChart';
import { buildPeopleByPeriodChart } from '../charts/options/buildPeopleByPeriodChart';
import { buildJobsByUnitTypeChart } from '../charts/options/buildJobsByUnitTypeChart';
import { buildJobsByCountyChart } from '../charts/options/buildJobsByCountyChart';
import { buildIncomeByMechanismChart } from '../charts/options/buildIncomeByMechanismChart';
import { buildIncomeByCountyChart } from '../charts/options/buildIncomeByCountyChart';
import { sortCounties } from './sortCounties';
import type { ViewState } from './viewState';

/** The charts on the page, by the name their `chart-<name>` container carries. */
export const CHART_NAMES = [
  'people-by-county',
  'relocation-composition',
  'people-by-period',
  'jobs-by-unit-type',
  'jobs-by-county',
  'income-by-mechanism',
  'income-by-county',
] as const;

export type ChartName = (typeof CHART_NAMES)[number];

/** The dataset each chart draws from, whose sources its source line names. */
export const CHART_DATASET: Readonly<Record<ChartName, DatasetId>> = {
  'people-by-county': 'relocation',
  'relocation-composition': 'relocation',
  'people-by-period': 'relocation',
  'jobs-by-unit-type': 'jobs',
  'jobs-by-county': 'jobs',
  'income-by-mechanism': 'income',
  'income-by-county': 'income',
};

/** Everything the page shows, derived from the data and the view: what React renders and nothing else. */
export interface Dashboard {
  /** The records the filters keep, sites, units and mechanisms at their latest period. */
  filtered: Dataset;
  /** Every county in the data, whatever the filters, for the county filter. */
  countyOptions: { code: string; name: string }[];
  /** The years the data covers, for the period filter. */
  years: Period | null;
  overall: FigureSummary;
  /** The summary table's rows: counties, or their prefectures or provinces added up, as the view groups them. */
  counties: CountySummary[];
  /** One summary per county whatever the grouping, for what is drawn county by county (charts, map). */
  byCounty: CountySummary[];
  jobsMeasure: JobsMeasure;
  charts: Record<ChartName, ChartSpec>;
  /** The sources behind what is shown, by dataset. */
  sources: Record<DatasetId, string[]>;
  /** The span of years each chart's drawn rows cover (e.g. 2016-2020, or 2020 for a snapshot), '' when empty. */
  chartPeriods: Record<ChartName, string>;
  /** The span of years the shown rows cover, for the table's export. */
  period: string;
  /** The names of the counties the filter chose (empty when it shows them all), for exports to say so. */
  chosenCountyNames: string[];
}

const EMPTY: Dataset = { relocation: [], sites: [], jobs: [], income: [], population: [] };

function countyOptionsOf(data: Dataset): { code: string; name: string }[] {
  const names = new Map<string, string>();
  const records: BaseRecord[] = [...data.relocation, ...data.sites, ...data.jobs, ...data.income];
  for (const record of records) if (!names.has(record.county_code)) names.set(record.county_code, record.county);
  return [...names].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => ({ code, name }));
}

function sourcesByDataset(data: Dataset): Record<DatasetId, string[]> {
  const byDataset: Record<DatasetId, string[]> = { relocation: [], sites: [], jobs: [], income: [], population: [] };
  for (const { source, datasets } of sourcesOf(data)) for (const id of datasets) byDataset[id].push(source);
  return byDataset;
}

/** data + view → filtered data → summaries → chart specs. Pure, so the page and the tests see the same figures. */
export function buildDashboard(data: Dataset, view: ViewState, context: ChartContext): Dashboard {
  const filters = { counties: view.counties, period: view.period };
  const filtered = latestSnapshots(filterDataset(data, filters));
  // The yearly line shows a range's years even where the range itself is what the totals count.
  const yearly = filterDataset(data, filters, { keepCoveredYears: true }).relocation;
  const overall = summarise(filtered);
  const byCounty = sortCounties(summariseByCounty(filtered), view.sort);
  const counties = view.group === 'county' ? byCounty : sortCounties(summariseByArea(filtered, view.group), view.sort);
  const jobsMeasure = view.jobsMeasure ?? firstKnownJobsMeasure(filtered.jobs);
  return {
    filtered,
    countyOptions: countyOptionsOf(data),
    years: yearSpan(data),
    overall,
    counties,
    byCounty,
    jobsMeasure,
    sources: sourcesByDataset(filtered),
    period: yearSpan(filtered)?.label ?? '',
    chosenCountyNames: countyOptionsOf(data)
      .filter((option) => view.counties.includes(option.code))
      .map((option) => option.name),
    chartPeriods: Object.fromEntries(
      CHART_NAMES.map((name) => {
        const rows = name === 'people-by-period' ? { ...EMPTY, relocation: yearly } : { ...EMPTY, [CHART_DATASET[name]]: filtered[CHART_DATASET[name]] };
        return [name, yearSpan(rows)?.label ?? ''];
      }),
    ) as Record<ChartName, string>,
    charts: {
      'people-by-county': buildPeopleByCountyChart(byCounty, context),
      'relocation-composition': buildCompositionChart(overall, context),
      'people-by-period': buildPeopleByPeriodChart(peopleByPeriod(yearly), context),
      'jobs-by-unit-type': buildJobsByUnitTypeChart(filtered.jobs, jobsMeasure, context),
      'jobs-by-county': buildJobsByCountyChart(filtered.jobs, jobsMeasure, context),
      'income-by-mechanism': buildIncomeByMechanismChart(incomeByMechanism(filtered.income), context),
      'income-by-county': buildIncomeByCountyChart(byCounty, context),
    },
  };
}
