import { describe, expect, it } from 'vitest';
import { JOBS_MEASURES, UNIT_TYPE_ORDER, firstKnownJobsMeasure, jobsByCounty, jobsByUnitType } from '../../../src/data/aggregate/jobsBreakdown';
import { XINFU, jobs } from '../support/records';
import { daiCountyDataset } from '../support/daiCounty';

import { measure } from '../../support/figures';

describe('firstKnownJobsMeasure', () => {
  it('is jobs when some record states jobs', () => {
    expect(firstKnownJobsMeasure([jobs({ units: 3 }), jobs({ jobs: 10 })])).toBe('jobs');
  });

  it('falls back to relocated workers, then units', () => {
    expect(firstKnownJobsMeasure([jobs({ relocated_workers: 4 })])).toBe('relocated_workers');
    expect(firstKnownJobsMeasure([jobs({ units: 11 })])).toBe('units');
  });

  it('is jobs for no records', () => {
    expect(firstKnownJobsMeasure([])).toBe('jobs');
  });

  it("is units for Dai County, whose source gives counts of units but no jobs", () => {
    expect(firstKnownJobsMeasure(daiCountyDataset().jobs)).toBe('units');
  });

  it('tries the measures in the order jobs, relocated workers, units', () => {
    expect(JOBS_MEASURES).toEqual(['jobs', 'relocated_workers', 'units']);
  });
});

describe('jobsByUnitType', () => {
  it('gives nothing for no records', () => {
    expect(jobsByUnitType([], 'jobs')).toEqual([]);
  });

  it('sums a measure by unit type in the fixed order, leaving out types with no records', () => {
    const records = [
      jobs({ unit_type: 'family_workshop', jobs: 7 }),
      jobs({ unit_type: 'industrial_park', jobs: 100 }),
      jobs({ unit_type: 'family_workshop', jobs: null }),
      jobs({ unit_type: 'industrial_park', jobs: 50 }),
    ];
    expect(jobsByUnitType(records, 'jobs')).toEqual([
      { unitType: 'industrial_park', value: measure(100 + 50, 2) },
      { unitType: 'family_workshop', value: measure(7, 1, 1) },
    ]);
    expect(UNIT_TYPE_ORDER).toEqual(['industrial_park', 'township_workshop', 'enterprise', 'family_workshop']);
  });

  it('breaks down Dai County by units: 1 park, 11 workshops, 18 enterprises, 1062 family workshops', () => {
    expect(jobsByUnitType(daiCountyDataset().jobs, 'units')).toEqual([
      { unitType: 'industrial_park', value: measure(1, 1) },
      { unitType: 'township_workshop', value: measure(11, 1) },
      { unitType: 'enterprise', value: measure(18, 1) },
      { unitType: 'family_workshop', value: measure(1062, 1) },
    ]);
  });
});

describe('jobsByCounty', () => {
  it('gives nothing for no records', () => {
    expect(jobsByCounty([], 'jobs')).toEqual([]);
  });

  it('gives each county its sums by unit type', () => {
    const records = [
      jobs({ unit_type: 'enterprise', jobs: 10 }),
      jobs({ ...XINFU, unit_type: 'industrial_park', jobs: 40 }),
      jobs({ unit_type: 'enterprise', jobs: 5 }),
      jobs({ unit_type: 'township_workshop', jobs: 3 }),
    ];
    expect(jobsByCounty(records, 'jobs')).toEqual([
      {
        county_code: '140923',
        county: '代县',
        byType: new Map([
          ['township_workshop', measure(3, 1)],
          ['enterprise', measure(10 + 5, 2)],
        ]),
      },
      { county_code: '140902', county: '忻府区', byType: new Map([['industrial_park', measure(40, 1)]]) },
    ]);
  });
});
