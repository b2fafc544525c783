import type { CountySummary } from '../data/aggregate/summarise';
import type { MessageKey } from '../i18n/translate';

/** How a measure's figure is written: a count in full, a share in per cent with one decimal, a rate with one decimal. */
export type MeasureFormat = 'count' | 'share' | 'rate';

/**
 * One measure of an area's summary, defined once: the table's columns, its sort, the map's picker and legend, the
 * table's exports and the permalink's sort key are all derived from this list, so a measure added here appears in
 * each of them and nowhere needs it spelled out again.
 */
export interface MeasureDefinition<Key extends string = string> {
  key: Key;
  /** The column's header, and the map picker's label unless `mapLabel` says otherwise. */
  label: MessageKey;
  mapLabel?: MessageKey;
  /** The unit the map's legend gives; a share is in per cent. */
  unit: MessageKey | '%';
  format: MeasureFormat;
  /** The figure as the page shows it (a share in per cent), unrounded; null where the data has none. */
  read: (summary: CountySummary) => number | null;
  /** Whether the table sorts by it, the map colours by it. Every measure is in the table and its exports. */
  sorts: boolean;
  maps: boolean;
}

// Keeps each entry's literal key and flags, from which SortKey and MapMeasure are derived.
function measure<const Definition extends MeasureDefinition>(definition: Definition): Definition {
  return definition;
}

/** The measures in the order the table shows them. */
export const MEASURES = [
  measure({
    key: 'households',
    label: 'table.households',
    unit: 'unit.households',
    format: 'count',
    read: (s) => s.households.value,
    sorts: true,
    maps: false,
  }),
  measure({
    key: 'people',
    label: 'table.people',
    mapLabel: 'kpi.people',
    unit: 'unit.people',
    format: 'count',
    read: (s) => s.people.value,
    sorts: true,
    maps: true,
  }),
  measure({
    key: 'registered_poor_people',
    label: 'table.registered_poor_people',
    unit: 'unit.people',
    format: 'count',
    read: (s) => s.registered_poor_people.value,
    sorts: true,
    maps: false,
  }),
  measure({
    key: 'registered_poor_share',
    label: 'table.registeredPoorShare',
    unit: '%',
    format: 'share',
    read: (s) => (s.registered_poor_share === null ? null : s.registered_poor_share * 100),
    sorts: false,
    maps: true,
  }),
  measure({ key: 'jobs', label: 'table.jobs', unit: 'unit.jobs', format: 'count', read: (s) => s.jobs.value, sorts: true, maps: true }),
  measure({
    key: 'relocated_workers',
    label: 'table.relocated_workers',
    unit: 'unit.people',
    format: 'count',
    read: (s) => s.relocated_workers.value,
    sorts: true,
    maps: true,
  }),
  measure({
    key: 'income_gain_per_household_yuan',
    label: 'table.income_gain_per_household_yuan',
    unit: 'kpi.incomeGainUnit',
    format: 'count',
    read: (s) => s.income_gain_per_household_yuan.value,
    sorts: true,
    maps: true,
  }),
  measure({
    key: 'people_per_1000_residents',
    label: 'table.people_per_1000_residents',
    unit: 'unit.people',
    format: 'rate',
    read: (s) => s.people_per_1000_residents,
    sorts: true,
    maps: true,
  }),
  measure({
    key: 'jobs_per_1000_residents',
    label: 'table.jobs_per_1000_residents',
    unit: 'unit.jobs',
    format: 'rate',
    read: (s) => s.jobs_per_1000_residents,
    sorts: true,
    maps: false,
  }),
] as const;

export type MeasureKey = (typeof MEASURES)[number]['key'];

type Sortable = Extract<(typeof MEASURES)[number], { sorts: true }>['key'];
type Mappable = Extract<(typeof MEASURES)[number], { maps: true }>['key'];

/** What the table can be sorted by: the area's code (its name column), or a sortable measure. */
export type SortKey = 'county' | Sortable;
export type MapMeasure = Mappable;

export const SORT_KEYS: readonly SortKey[] = ['county', ...MEASURES.filter((m) => m.sorts).map((m) => m.key)];
export const MAP_MEASURES: readonly MapMeasure[] = MEASURES.filter((m) => m.maps).map((m) => m.key);

const BY_KEY = new Map<string, MeasureDefinition>(MEASURES.map((m) => [m.key, m]));

export function measureOf(key: MeasureKey): MeasureDefinition {
  return BY_KEY.get(key)!;
}

/** How many decimals a measure's figure is written with. */
export function digitsOf(format: MeasureFormat): number {
  return format === 'count' ? 0 : 1;
}
