import { describe, expect, it } from 'vitest';
import { fitViewToData } from '../../src/state/fitViewToData';
import { INITIAL_VIEW, type ViewState } from '../../src/state/viewState';
import { periodOf } from '../../src/data/parsePeriod';
import type { Dataset } from '../../src/data/types';
import { importAs } from '../support/importAs';

const csv = 'county_code,county,period,people\n140923,代县,2016,10\n140922,五台县,2020,20\n';
const data: Dataset = { relocation: importAs('relocation', 'r.csv', new TextEncoder().encode(csv)).records, sites: [], jobs: [], income: [], population: [] };

describe('fitViewToData', () => {
  it('drops counties and a selected county the data does not have', () => {
    const view: ViewState = { ...INITIAL_VIEW, counties: ['140923', '999999'], selectedCounty: '999999' };
    expect(fitViewToData(view, data)).toMatchObject({ counties: ['140923'], selectedCounty: null });
  });

  it('clamps the period to the years the data covers', () => {
    expect(fitViewToData({ ...INITIAL_VIEW, period: periodOf(2010, 2018) }, data).period).toEqual(periodOf(2016, 2018));
  });

  it('treats a period outside the data, or covering all of it, as no filter', () => {
    expect(fitViewToData({ ...INITIAL_VIEW, period: periodOf(1990, 1995) }, data).period).toBeNull();
    expect(fitViewToData({ ...INITIAL_VIEW, period: periodOf(2016, 2020) }, data).period).toBeNull();
  });

  it('returns the same view object when nothing needs fitting', () => {
    const view: ViewState = { ...INITIAL_VIEW, counties: ['140922'], period: periodOf(2017, 2019) };
    expect(fitViewToData(view, data)).toBe(view);
  });
});
