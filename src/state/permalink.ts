import { parsePeriod } from '../data/parsePeriod';
import { JOBS_MEASURES, type JobsMeasure } from '../data/aggregate/jobsBreakdown';
import { MAP_MEASURES, SORT_KEYS, type MapMeasure } from './measures';
import { AREA_LEVELS, type AreaLevel } from '../data/aggregate/areaLevel';
import { SHIPPED_DATASET_IDS, type ShippedDatasetId } from '../data/load/shippedDatasets';
import { INITIAL_VIEW, type ViewState } from './viewState';
import { PROGRESS_UNITS, type ProgressUnit } from '../data/progress/progressMeasures';

/** The query parameters that carry the view; any other parameter (such as `embed`) is left alone. */
export const VIEW_PARAMS = ['lang', 'dataset', 'area', 'counties', 'period', 'county', 'sort', 'jobs', 'group', 'map', 'progress'] as const;

const COUNTY_CODE = /^\d{6}$/;

function isOneOf<T extends string>(options: readonly T[], value: string | null): value is T {
  return value !== null && (options as readonly string[]).includes(value);
}

/** `?a=b` from params, with commas left readable (a comma means the same in a query either way). */
function queryString(params: URLSearchParams): string {
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

function viewParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.lang !== INITIAL_VIEW.lang) params.set('lang', view.lang);
  if (view.dataset !== INITIAL_VIEW.dataset) params.set('dataset', view.dataset);
  if (view.area !== INITIAL_VIEW.area) params.set('area', view.area);
  if (view.counties.length > 0) params.set('counties', view.counties.join(','));
  if (view.period) params.set('period', view.period.label);
  if (view.selectedCounty) params.set('county', view.selectedCounty);
  if (view.sort.key !== INITIAL_VIEW.sort.key || view.sort.descending !== INITIAL_VIEW.sort.descending) {
    params.set('sort', `${view.sort.descending ? '-' : ''}${view.sort.key}`);
  }
  if (view.jobsMeasure) params.set('jobs', view.jobsMeasure);
  if (view.group !== INITIAL_VIEW.group) params.set('group', view.group);
  if (view.mapMeasure !== INITIAL_VIEW.mapMeasure) params.set('map', view.mapMeasure);
  if (view.progressUnit !== INITIAL_VIEW.progressUnit) params.set('progress', view.progressUnit);
  return params;
}

/**
 * The view as URL query parameters, leaving out what is at its default, so a link says only what was chosen:
 * `?lang=en&dataset=demo&area=140900&counties=140921,140922&period=2018-2020&county=140921&sort=-people&jobs=units&group=prefecture&map=jobs&progress=yuan`.
 */
export function viewToQuery(view: ViewState): string {
  return queryString(viewParams(view));
}

/** Reads a view from URL query parameters; anything missing or malformed keeps its default, never an error. */
export function queryToView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view: ViewState = { ...INITIAL_VIEW };
  const lang = params.get('lang');
  if (lang === 'zh' || lang === 'en') view.lang = lang;
  const dataset = params.get('dataset');
  if (isOneOf<ShippedDatasetId>(SHIPPED_DATASET_IDS, dataset)) view.dataset = dataset;
  // One code is the whole drill-down path: 140923 lies in 140900, in 140000, in the nation.
  const area = params.get('area');
  if (area !== null && COUNTY_CODE.test(area)) view.area = area;
  const counties = [...new Set((params.get('counties') ?? '').split(','))].filter((code) => COUNTY_CODE.test(code));
  if (counties.length > 0) view.counties = counties;
  // Only the canonical forms a link is written with: a year or `from-to`, within the years parsePeriod accepts.
  const periodText = params.get('period') ?? '';
  const period = /^\d{4}(?:-\d{4})?$/.test(periodText) ? parsePeriod(periodText) : null;
  if (period) view.period = period;
  const county = params.get('county');
  if (county !== null && COUNTY_CODE.test(county)) view.selectedCounty = county;
  const sort = params.get('sort');
  const sortKey = sort === null ? null : sort.replace(/^-/, '');
  if (sort !== null && isOneOf(SORT_KEYS, sortKey)) view.sort = { key: sortKey, descending: sort.startsWith('-') };
  const jobs = params.get('jobs');
  if (isOneOf<JobsMeasure>(JOBS_MEASURES, jobs)) view.jobsMeasure = jobs;
  const group = params.get('group');
  if (isOneOf<AreaLevel>(AREA_LEVELS, group)) view.group = group;
  const mapMeasure = params.get('map');
  if (isOneOf<MapMeasure>(MAP_MEASURES, mapMeasure)) view.mapMeasure = mapMeasure;
  const progress = params.get('progress');
  if (isOneOf<ProgressUnit>(PROGRESS_UNITS, progress)) view.progressUnit = progress;
  return view;
}

/** The query for a view, keeping every parameter of `search` that is not part of the view (such as `embed`). */
export function withView(search: string, view: ViewState): string {
  const params = viewParams(view);
  for (const [name, value] of new URLSearchParams(search)) {
    if (!isOneOf<string>(VIEW_PARAMS, name)) params.append(name, value);
  }
  return queryString(params);
}

/** The chart a link asks to show alone (`?embed=people-by-county`), if any. */
export function embeddedChart<T extends string>(search: string, names: readonly T[]): T | null {
  const name = new URLSearchParams(search).get('embed');
  return isOneOf(names, name) ? name : null;
}

/** An absolute page URL with `embed=<name>` set (replacing any `embed` already there), keeping its other parameters. */
export function embedUrl(href: string, name: string): string {
  // Built on the URL itself, not on `origin`, which is "null" for file:// pages in some browsers.
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  params.set('embed', name);
  url.search = queryString(params);
  url.hash = '';
  return url.href;
}

/** Room, in CSS pixels, around an embedded chart for its title, source line and padding, and for each note. */
export const EMBED_CHROME_HEIGHT = 120;
export const EMBED_NOTE_HEIGHT = 24;

/** The height of an embed's frame: the chart's own height plus room for its title, notes and source line. */
export function embedHeight(chartHeight: number, noteCount: number): number {
  return Math.ceil(chartHeight) + EMBED_CHROME_HEIGHT + EMBED_NOTE_HEIGHT * noteCount;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The `<iframe>` a page pastes to embed a chart: full width, its height, an accessible title, loaded lazily. */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttribute(src)}" width="100%" height="${Math.ceil(height)}" title="${escapeAttribute(title)}" loading="lazy" style="border:0"></iframe>`;
}

/** The page's own address showing `view`, without a fragment: what the embed code and copy-link hand on. */
export function viewAddress(href: string, view: ViewState): string {
  const url = new URL(href);
  url.search = withView(url.search, view);
  url.hash = '';
  return url.href;
}

/** A file:// page (the offline build) has no address anyone else can open: it offers no embed code. */
export function isShareable(href: string): boolean {
  return new URL(href).protocol !== 'file:';
}
