import type { MapMeasure, SortKey } from './measures';
import type { Period } from '../data/types';
import type { JobsMeasure } from '../data/aggregate/jobsBreakdown';
import { NATION_CODE, type AreaLevel } from '../data/aggregate/areaLevel';
import type { Lang } from '../i18n/translate';
import { DEFAULT_DATASET, type ShippedDatasetId } from '../data/load/shippedDatasets';
import type { ProgressUnit } from '../data/progress/progressMeasures';

export type { SortKey } from './measures';

/** Everything the reader has chosen; the figures themselves are derived from it and the data. */
export interface ViewState {
  lang: Lang;
  dataset: ShippedDatasetId;
  /** The place shown, drilled down to: 100000 for the whole country, else a province's, prefecture's or county's code. */
  area: string;
  counties: readonly string[];
  period: Period | null;
  selectedCounty: string | null;
  sort: { key: SortKey; descending: boolean };
  /** The measure of the jobs charts; null means "jobs where the data has them". */
  jobsMeasure: JobsMeasure | null;
  /** What a row of the summary table stands for: a county, or its prefecture or province added up. */
  group: AreaLevel;
  /** What the county map colours counties by. */
  mapMeasure: MapMeasure;
  /** What the progress chart shows over time: counts of people, or income per person. */
  progressUnit: ProgressUnit;
}

export type ViewAction =
  | { type: 'set-lang'; lang: Lang }
  | { type: 'set-dataset'; dataset: ShippedDatasetId }
  | { type: 'set-area'; area: string }
  | { type: 'set-counties'; counties: readonly string[] }
  | { type: 'set-period'; period: Period | null }
  | { type: 'reset-filters' }
  | { type: 'select-county'; code: string | null }
  | { type: 'sort'; key: SortKey }
  | { type: 'set-jobs-measure'; measure: JobsMeasure }
  | { type: 'set-group'; group: AreaLevel }
  | { type: 'set-map-measure'; measure: MapMeasure }
  | { type: 'set-progress-unit'; unit: ProgressUnit }
  | { type: 'restore'; view: ViewState };

export const INITIAL_VIEW: ViewState = {
  lang: 'zh',
  dataset: DEFAULT_DATASET,
  area: NATION_CODE,
  counties: [],
  period: null,
  selectedCounty: null,
  sort: { key: 'people', descending: true },
  jobsMeasure: null,
  group: 'county',
  mapMeasure: 'people',
  progressUnit: 'people',
};

/**
 * The one place view state changes. Switching dataset clears filters and selection, which name the old data's
 * counties; the language and the grouping level name none, so they stay.
 */
export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'set-lang':
      return { ...state, lang: action.lang };
    case 'set-dataset':
      return action.dataset === state.dataset ? state : { ...INITIAL_VIEW, lang: state.lang, group: state.group, dataset: action.dataset };
    case 'set-area':
      // A new area names other places: the county chosen and the counties filtered belong to the old one.
      // The table lists the new area's places one step down: a grouping by prefecture would fold them back into one row.
      return action.area === state.area ? state : { ...state, area: action.area, counties: [], selectedCounty: null, group: 'county' };
    case 'set-counties':
      return { ...state, counties: action.counties };
    case 'set-period':
      return { ...state, period: action.period };
    case 'reset-filters':
      return { ...state, counties: [], period: null };
    case 'select-county':
      return { ...state, selectedCounty: action.code };
    case 'sort':
      // A new column sorts text ascending and figures largest first; the same column again flips it.
      return {
        ...state,
        sort:
          state.sort.key === action.key ? { key: action.key, descending: !state.sort.descending } : { key: action.key, descending: action.key !== 'county' },
      };
    case 'set-jobs-measure':
      return { ...state, jobsMeasure: action.measure };
    case 'set-group':
      return { ...state, group: action.group };
    case 'set-map-measure':
      return { ...state, mapMeasure: action.measure };
    case 'set-progress-unit':
      return { ...state, progressUnit: action.unit };
    case 'restore':
      // The view a history entry's address names (Back, Forward): the whole of it, as a link would open it.
      return action.view;
  }
}
