import type { Dataset, Period } from '../data/types';
import { DATASET_IDS, type DatasetId } from '../data/schema';
import { deriveCards, type CardView } from './cardViews';
import { sourcesOf } from '../data/aggregate/sourcesOf';
import { filterDataset, yearSpan } from '../data/aggregate/filterDataset';
import { latestSnapshots } from '../data/aggregate/latestSnapshots';
import { summarise, type CountySummary, type FigureSummary } from '../data/aggregate/summarise';
import { summariseByArea } from '../data/aggregate/summariseByArea';
import { datasetFor, linesWithin, statedOrParts } from '../data/aggregate/statedOrParts';
import { childLevel, summariseChildren, type PlaceSummary } from '../data/aggregate/summariseChildren';
import { levelOfCode, liesIn, NATION_CODE, pathTo, type AreaLevel, type PlaceLevel } from '../data/aggregate/areaLevel';
import { peopleByPeriod } from '../data/aggregate/peopleByPeriod';
import { firstKnownJobsMeasure, type JobsMeasure } from '../data/aggregate/jobsBreakdown';
import { incomeByMechanism } from '../data/aggregate/incomeByMechanism';
import { countyFigures, type CountyFigure } from '../data/aggregate/countyFigures';
import type { ChartContext, ChartSpec } from '../charts/chartOption';
import { buildPeopleByCountyChart } from '../charts/options/buildPeopleByCountyChart';
import { buildCompositionChart } from '../charts/options/buildCompositionChart';
import { buildPeopleByPeriodChart } from '../charts/options/buildPeopleByPeriodChart';
import { buildJobsByUnitTypeChart } from '../charts/options/buildJobsByUnitTypeChart';
import { buildJobsByCountyChart } from '../charts/options/buildJobsByCountyChart';
import { buildIncomeByMechanismChart } from '../charts/options/buildIncomeByMechanismChart';
import { buildIncomeByCountyChart } from '../charts/options/buildIncomeByCountyChart';
import { sortCounties } from './sortCounties';
import { figuresFrom } from './figuresFrom';
import type { ViewState } from './viewState';
import { programmeRecords } from '../data/aggregate/programmeRecords';
import { lookupArea } from '../data/adminDivisions';

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

/** Everything `?embed=` can show alone: each chart, the two maps (drawn once their code loads) and progress over time. */
export const EMBEDDABLE = [...CHART_NAMES, 'county-map', 'province-tiles', 'progress'] as const;
export type EmbeddableName = (typeof EMBEDDABLE)[number];

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

/** What the filters keep, and its summaries: everything that follows the data, the filters and nothing else. */
export interface FilteredFigures {
  /** The place shown (100000 for the whole country), its level, and the level its table lists. */
  area: string;
  areaLevel: PlaceLevel;
  childLevel: AreaLevel | null;
  /** The places from the nation down to the one shown, named as the data names them, for the breadcrumb. */
  path: { code: string; name: string }[];
  /**
   * The records that give the area's figures, the filters applied and sites, units and mechanisms at their latest
   * period: its own stated lines, and lines of the places below only where it states none (see statedOrParts).
   */
  filtered: Dataset;
  /** The relocation records of the yearly line, which shows a range's years even where the range is what totals count. */
  yearly: Dataset['relocation'];
  /** Every county in the data, whatever the filters, for the county filter. */
  countyOptions: { code: string; name: string }[];
  /** The years the data covers, for the period filter. */
  years: Period | null;
  overall: FigureSummary;
  /** One summary per place one step down from the area (its counties, for a file of counties), for the charts, map and table. */
  byCounty: PlaceSummary[];
  /** A province's counties, each with its own figures, for its county map where the table lists prefectures; else empty. */
  countiesWithin: PlaceSummary[];
  /** The sources behind what is shown, by dataset. */
  sources: Record<DatasetId, string[]>;
  /** Every source behind what is shown, each once. */
  allSources: string[];
  /** The span of years each chart's drawn rows cover (e.g. 2016-2020, or 2020 for a snapshot), '' when empty. */
  chartPeriods: Record<ChartName, string>;
  /** The span of years each dataset's shown rows cover, '' when none. */
  datasetPeriods: Record<DatasetId, string>;
  /** The headline cards, with their periods and why a figure is missing. */
  cards: CardView[];
  /** Per dataset, the places below the area whose figures stand for it where it states none (see figuresFrom). */
  figuresFrom: Record<DatasetId, string[] | null>;
  /** The span of years the shown rows cover, for the table's export. */
  period: string;
  /** The names of the counties the filter chose (empty when it shows them all), for exports to say so. */
  chosenCountyNames: string[];
  /** Their codes, in the same order: the counties a comparison draws one line each for. */
  chosenCountyCodes: string[];
}

/** The charts, from the filtered figures, the jobs measure chosen and the language. */
export interface DashboardCharts {
  jobsMeasure: JobsMeasure;
  charts: Record<ChartName, ChartSpec>;
}

/**
 * Everything the page shows, derived from the data and the view: what React renders and nothing else. Each part is
 * derived from the slice of the view it reads (figures from the filters; charts from those, the jobs measure and the
 * language; the table from the figures, the sort and the grouping), so that the page can keep the parts an
 * interaction leaves alone, and redraw only what it changes.
 */
export interface Dashboard extends FilteredFigures, DashboardCharts {
  /** The summary table's rows: counties, or their prefectures or provinces added up, as the view groups them. */
  counties: CountySummary[];
}

const EMPTY: Dataset = { relocation: [], sites: [], jobs: [], income: [], population: [] };

const NATION_NAME = { code: NATION_CODE, name: '全国' };

function namesOf(data: Dataset): Map<string, string> {
  const names = new Map<string, string>();
  const records = programmeRecords(data);
  for (const record of records) if (!names.has(record.county_code)) names.set(record.county_code, record.county);
  return names;
}

/** The breadcrumb's places, each named by its own line where the data has one, else by the name its parts carry. */
function pathOf(data: Dataset, area: string): { code: string; name: string }[] {
  const names = namesOf(data);
  const records = programmeRecords(data);
  return pathTo(area).map((code) => {
    if (code === NATION_NAME.code) return { code, name: names.get(code) ?? NATION_NAME.name };
    const level = levelOfCode(code);
    const part = records.find((record) => liesIn(record.county_code, code));
    // A place the data names nowhere (reached by a link) takes its name from the national list.
    const name =
      names.get(code) ?? (level === 'province' ? part?.province : level === 'prefecture' ? part?.prefecture : null) ?? lookupArea(code)?.name ?? code;
    return { code, name };
  });
}

function countyOptionsOf(data: Dataset): { code: string; name: string }[] {
  const names = new Map<string, string>();
  const records = programmeRecords(data);
  for (const record of records)
    if (levelOfCode(record.county_code) === 'county' && !names.has(record.county_code)) names.set(record.county_code, record.county);
  return [...names].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => ({ code, name }));
}

function sourcesByDataset(data: Dataset): Record<DatasetId, string[]> {
  const byDataset: Record<DatasetId, string[]> = { relocation: [], sites: [], jobs: [], income: [], population: [] };
  for (const { source, datasets } of sourcesOf(data)) for (const id of datasets) byDataset[id].push(source);
  return byDataset;
}

/** data + filters → filtered data → summaries. */
export function deriveFigures(data: Dataset, filters: Pick<ViewState, 'counties' | 'period'> & { area?: string }): FilteredFigures {
  const area = filters.area ?? NATION_CODE;
  const kept = latestSnapshots(filterDataset(data, filters));
  const filtered = datasetFor(kept, area);
  const shown = datasetFor(kept, area, linesWithin);
  const yearly = statedOrParts(filterDataset(data, filters, { keepCoveredYears: true }).relocation, area);
  const countyOptions = countyOptionsOf(datasetFor(data, area, linesWithin));
  const chosenOptions = countyOptions.filter((option) => filters.counties.includes(option.code));
  const overall = summarise(filtered);
  const listed = childLevel(kept, area);
  const byCounty = summariseChildren(kept, area);
  const datasetPeriods = Object.fromEntries(DATASET_IDS.map((id) => [id, yearSpan({ ...EMPTY, [id]: filtered[id] })?.label ?? ''])) as Record<
    DatasetId,
    string
  >;
  return {
    area,
    areaLevel: levelOfCode(area),
    childLevel: listed,
    path: pathOf(data, area),
    filtered,
    yearly,
    countyOptions,
    years: yearSpan(data),
    overall,
    datasetPeriods,
    cards: deriveCards({ data: datasetFor(data, area), filters: { counties: filters.counties, period: filters.period }, filtered, overall }, datasetPeriods, {
      // A county has no places one step down to speak for it.
      level: levelOfCode(area) === 'county' ? null : listed,
      places: byCounty,
    }),
    byCounty,
    countiesWithin: levelOfCode(area) === 'province' && listed !== 'county' ? summariseChildren(kept, area, 'county') : [],
    figuresFrom: figuresFrom(filtered, area, area !== NATION_CODE || listed !== 'county'),
    sources: sourcesByDataset(shown),
    allSources: sourcesOf(shown).map(({ source }) => source),
    period: yearSpan(filtered)?.label ?? '',
    chosenCountyNames: chosenOptions.map((option) => option.name),
    chosenCountyCodes: chosenOptions.map((option) => option.code),
    chartPeriods: Object.fromEntries(
      CHART_NAMES.map((name) => {
        const rows = name === 'people-by-period' ? { ...EMPTY, relocation: yearly } : { ...EMPTY, [CHART_DATASET[name]]: filtered[CHART_DATASET[name]] };
        return [name, yearSpan(rows)?.label ?? ''];
      }),
    ) as Record<ChartName, string>,
  };
}

/** The charts the jobs measure changes, and the measure they show. */
export interface JobsCharts {
  jobsMeasure: JobsMeasure;
  charts: Pick<Record<ChartName, ChartSpec>, 'jobs-by-unit-type' | 'jobs-by-county'>;
}

/** filtered figures + language → the charts no other choice changes. */
export function deriveFigureCharts(figures: FilteredFigures, context: ChartContext): Omit<Record<ChartName, ChartSpec>, keyof JobsCharts['charts']> {
  const { filtered, overall, byCounty, yearly, chosenCountyCodes } = figures;
  return {
    'people-by-county': buildPeopleByCountyChart(byCounty, context),
    'relocation-composition': buildCompositionChart(overall, context),
    'people-by-period': buildPeopleByPeriodChart(peopleByPeriod(yearly, chosenCountyCodes), context),
    'income-by-mechanism': buildIncomeByMechanismChart(incomeByMechanism(filtered.income), context),
    'income-by-county': buildIncomeByCountyChart(byCounty, context),
  };
}

/** filtered figures + jobs measure + language → the jobs charts. */
export function deriveJobsCharts(figures: FilteredFigures, chosenJobsMeasure: JobsMeasure | null, context: ChartContext): JobsCharts {
  const { jobs } = figures.filtered;
  const jobsMeasure = chosenJobsMeasure ?? firstKnownJobsMeasure(jobs);
  return {
    jobsMeasure,
    charts: { 'jobs-by-unit-type': buildJobsByUnitTypeChart(jobs, jobsMeasure, context), 'jobs-by-county': buildJobsByCountyChart(jobs, jobsMeasure, context) },
  };
}

/** The page's charts, from the two slices (the page lays them out in CHART_NAMES' order). */
export function dashboardCharts(figureCharts: ReturnType<typeof deriveFigureCharts>, jobs: JobsCharts): DashboardCharts {
  return { jobsMeasure: jobs.jobsMeasure, charts: { ...figureCharts, ...jobs.charts } };
}

/** filtered figures + sort + grouping → the summary table's rows. */
export function deriveTableRows(figures: FilteredFigures, sort: ViewState['sort'], group: ViewState['group']): CountySummary[] {
  // Grouping adds counties up; a file that states its own prefectures or provinces lists them as stated instead.
  const listed = group === 'county' || figures.childLevel !== 'county' ? figures.byCounty : summariseByArea(figures.filtered, group);
  return sortCounties(listed, sort);
}

/** A county chosen on the map or in the table, with every figure the filtered data states for it. */
export interface CountyDetailView {
  county: CountySummary;
  figures: CountyFigure[];
}

/** filtered figures + selection → the county detail, whatever the table's grouping; null when none is chosen or shown. */
export function deriveCountyDetail(figures: FilteredFigures, countyCode: string | null): CountyDetailView | null {
  const county = figures.byCounty.find((summary) => summary.county_code === countyCode);
  return county ? { county, figures: countyFigures(figures.filtered, county.county_code) } : null;
}

/** data + view → the whole dashboard at once: the slices above, for the tests and the embed view. */
export function buildDashboard(data: Dataset, view: ViewState, context: ChartContext): Dashboard {
  const figures = deriveFigures(data, view);
  const charts = dashboardCharts(deriveFigureCharts(figures, context), deriveJobsCharts(figures, view.jobsMeasure, context));
  return { ...figures, ...charts, counties: deriveTableRows(figures, view.sort, view.group) };
}
