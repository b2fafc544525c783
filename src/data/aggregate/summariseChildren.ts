import type { BaseRecord, Dataset } from '../types';
import { areaCode, isBelow, levelBelow, levelOfCode, liesIn, type AreaLevel } from './areaLevel';
import { datasetFor, knownParts } from './statedOrParts';
import { countiesListedIn } from '../adminDivisions';
import { summarise, type CountySummary } from './summarise';
import { programmeRecords } from './programmeRecords';

/** How much of a place's stated figure its known parts account for. */
export interface Coverage {
  /** Relocated people the place itself states (null when it states none). */
  statedPeople: number | null;
  /** Relocated people its known parts add up to (null when none states any). */
  partsPeople: number | null;
  /** Counties below it that state any figure. */
  countiesKnown: number;
  /** County-level divisions the national list places in it. */
  countiesListed: number;
}

/** A place one step down from the area shown, with its figure (stated, or its known parts added up) and its coverage. */
export interface PlaceSummary extends CountySummary {
  coverage: Coverage;
}


/**
 * The level the area's table lists: one step down (the nation's provinces, a province's prefectures) in data that
 * states figures above a county anywhere, so the path from the nation to a county passes every level; a file of
 * counties only lists its counties at every level above, as the county table always has. Null when the area has
 * nothing below it.
 */
export function childLevel(data: Dataset, area: string): AreaLevel | null {
  const areaLevel = levelOfCode(area);
  const records = programmeRecords(data);
  if (!records.some((record) => isBelow(levelOfCode(record.county_code), areaLevel) && liesIn(record.county_code, area))) return null;
  const statesAreas = records.some((record) => levelOfCode(record.county_code) !== 'county');
  return statesAreas ? (levelBelow(areaLevel) as AreaLevel) : 'county';
}

function nameOf(records: readonly BaseRecord[], code: string, level: AreaLevel): string {
  const own = records.find((record) => record.county_code === code);
  if (own) return own.county;
  const first = records[0];
  return (level === 'prefecture' ? first?.prefecture : level === 'province' ? first?.province : first?.county) ?? code;
}

/**
 * One summary per place one step down from the area (see childLevel), or at the level asked for (a province's
 * counties, for its county map), in code order. Each place's figures are its
 * own stated ones where it states them and its known parts added up where it does not (statedOrParts), so no
 * place's figure holds a total and its parts at once; its coverage says what the parts account for.
 */
export function summariseChildren(data: Dataset, area: string, level: AreaLevel | null = childLevel(data, area)): PlaceSummary[] {
  if (level === null) return [];
  const byPlace = new Map<string, BaseRecord[]>();
  for (const record of programmeRecords(data)) {
    if (!liesIn(record.county_code, area) || !isBelow(levelOfCode(record.county_code), levelOfCode(area))) continue;
    if (isBelow(level, levelOfCode(record.county_code))) continue;
    const code = areaCode(record.county_code, level);
    const lines = byPlace.get(code);
    if (lines) lines.push(record);
    else byPlace.set(code, [record]);
  }
  return [...byPlace.keys()].sort().map((code) => {
    const records = byPlace.get(code)!;
    const figures = summarise(datasetFor(data, code));
    const parts = summarise(datasetFor(data, code, knownParts));
    const ownPeople = summarise({ relocation: data.relocation.filter((record) => record.county_code === code), sites: [], jobs: [], income: [], population: [] }).people;
    const counties = new Set(records.filter((record) => levelOfCode(record.county_code) === 'county').map((record) => record.county_code));
    const first = records.find((record) => record.county_code === code) ?? records[0];
    return {
      level,
      county_code: code,
      county: nameOf(records, code, level),
      prefecture: level === 'county' || level === 'prefecture' ? (first?.prefecture ?? null) : null,
      province: first?.province ?? null,
      ...figures,
      coverage: {
        statedPeople: level === 'county' ? null : ownPeople.value,
        partsPeople: level === 'county' ? null : parts.people.value,
        countiesKnown: counties.size,
        countiesListed: countiesListedIn(code),
      },
    };
  });
}
