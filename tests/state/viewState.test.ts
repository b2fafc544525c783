import { SHIPPED_DATASETS } from '../../src/data/load/shippedDatasets';
import { NATION_CODE } from '../../src/data/aggregate/areaLevel';
import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW, viewReducer, type ViewState } from '../../src/state/viewState';

const filtered: ViewState = {
  ...INITIAL_VIEW,
  lang: 'en',
  dataset: 'dai-county',
  counties: ['140923'],
  period: { from: 2018, to: 2020, label: '2018-2020' },
  selectedCounty: '140923',
  sort: { key: 'jobs', descending: false },
  jobsMeasure: 'units',
  group: 'prefecture',
};

describe('viewReducer', () => {
  it('opens on real figures at the top of their path, in Chinese, sorted by people, largest first', () => {
    expect(SHIPPED_DATASETS[INITIAL_VIEW.dataset].synthetic).toBe(false);
    expect(INITIAL_VIEW.area).toBe(NATION_CODE);
    expect(INITIAL_VIEW.lang).toBe('zh');
    expect(INITIAL_VIEW.sort).toEqual({ key: 'people', descending: true });
  });

  it('switching dataset resets filters, selection, sort and measure but keeps the language and the grouping level', () => {
    const next = viewReducer(filtered, { type: 'set-dataset', dataset: 'demo' });
    expect(next).toEqual({ ...INITIAL_VIEW, lang: 'en', group: 'prefecture', dataset: 'demo' });
  });

  it('opens with a row per county, and sets the grouping level and nothing else', () => {
    expect(INITIAL_VIEW.group).toBe('county');
    expect(viewReducer(filtered, { type: 'set-group', group: 'province' })).toEqual({ ...filtered, group: 'province' });
  });

  it('opens the map on relocated people, and sets the map’s measure and nothing else', () => {
    expect(INITIAL_VIEW.mapMeasure).toBe('people');
    expect(viewReducer(filtered, { type: 'set-map-measure', measure: 'jobs' })).toEqual({ ...filtered, mapMeasure: 'jobs' });
  });

  it('sets what the progress chart shows over time, and nothing else', () => {
    expect(INITIAL_VIEW.progressUnit).toBe('people');
    expect(viewReducer(filtered, { type: 'set-progress-unit', unit: 'yuan' })).toEqual({ ...filtered, progressUnit: 'yuan' });
  });

  it('restoring a history entry’s view replaces the whole view, filters and language included', () => {
    expect(viewReducer(filtered, { type: 'restore', view: INITIAL_VIEW })).toBe(INITIAL_VIEW);
  });

  it('drilling into an area forgets the old area’s chosen counties, open county and grouping, and keeps the rest', () => {
    const next = viewReducer(filtered, { type: 'set-area', area: '140900' });
    expect(next).toEqual({ ...filtered, area: '140900', counties: [], selectedCounty: null, group: 'county' });
    expect(viewReducer(next, { type: 'set-area', area: '140900' })).toBe(next);
  });

  it('choosing the dataset already shown changes nothing', () => {
    expect(viewReducer(filtered, { type: 'set-dataset', dataset: 'dai-county' })).toBe(filtered);
  });

  it('sets the language and nothing else', () => {
    expect(viewReducer(filtered, { type: 'set-lang', lang: 'zh' })).toEqual({ ...filtered, lang: 'zh' });
  });

  it('sets the counties and the period', () => {
    const counties = viewReducer(INITIAL_VIEW, { type: 'set-counties', counties: ['140921', '140922'] });
    expect(counties.counties).toEqual(['140921', '140922']);
    const period = viewReducer(counties, { type: 'set-period', period: { from: 2019, to: 2019, label: '2019' } });
    expect(period.period).toEqual({ from: 2019, to: 2019, label: '2019' });
    expect(period.counties).toEqual(['140921', '140922']);
  });

  it('resetting filters clears counties and period only', () => {
    expect(viewReducer(filtered, { type: 'reset-filters' })).toEqual({ ...filtered, counties: [], period: null });
  });

  it('selects and deselects a county', () => {
    const selected = viewReducer(INITIAL_VIEW, { type: 'select-county', code: '140921' });
    expect(selected.selectedCounty).toBe('140921');
    expect(viewReducer(selected, { type: 'select-county', code: null }).selectedCounty).toBeNull();
  });

  it('sorting by the same key again flips the direction', () => {
    const once = viewReducer(INITIAL_VIEW, { type: 'sort', key: 'people' });
    expect(once.sort).toEqual({ key: 'people', descending: false });
    expect(viewReducer(once, { type: 'sort', key: 'people' }).sort).toEqual({ key: 'people', descending: true });
  });

  it('sorting by a new figure sorts it largest first', () => {
    const ascending = { ...INITIAL_VIEW, sort: { key: 'people' as const, descending: false } };
    expect(viewReducer(ascending, { type: 'sort', key: 'income_gain_per_household_yuan' }).sort).toEqual({
      key: 'income_gain_per_household_yuan',
      descending: true,
    });
  });

  it('sorting by county sorts ascending', () => {
    expect(viewReducer(INITIAL_VIEW, { type: 'sort', key: 'county' }).sort).toEqual({ key: 'county', descending: false });
  });

  it('sets the jobs measure', () => {
    expect(viewReducer(INITIAL_VIEW, { type: 'set-jobs-measure', measure: 'relocated_workers' }).jobsMeasure).toBe('relocated_workers');
  });

  it('never changes the state it is given', () => {
    const before = structuredClone(filtered);
    viewReducer(filtered, { type: 'sort', key: 'people' });
    viewReducer(filtered, { type: 'set-dataset', dataset: 'demo' });
    viewReducer(filtered, { type: 'reset-filters' });
    expect(filtered).toEqual(before);
  });
});
