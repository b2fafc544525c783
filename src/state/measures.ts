import type { FigureSummary, ShareBasis } from '../data/aggregate/summarise';
import type { Measure } from '../data/sumKnown';
import { formatFixed, formatNumber, formatShare } from '../i18n/format';
import type { Lang, MessageKey, Translate } from '../i18n/translate';
import type { DatasetId } from '../data/schema';

/** How a measure's figure is written: a count in full, a share in per cent with one decimal, a rate with one decimal. */
export type MeasureFormat = 'count' | 'share' | 'rate';

/** A headline card for a measure: where it stands among the cards, its stable test id, and what it says under the figure. */
export interface CardDefinition {
  /** Cards are laid out by this number, smallest first (the table's order puts households first, the cards people). */
  order: number;
  testId: string;
  /** The card's label, where it differs from the column's. */
  label?: MessageKey;
  /** A line under the figure (how it was found, what it is a share of); none when there is nothing to add. */
  detail?: (summary: FigureSummary, lang: Lang, t: Translate) => string | undefined;
  /** Shown only where the data states the measure somewhere (most datasets have no sites or per-person gains). */
  onlyWhereStated?: true;
}

/**
 * One measure of an area's summary, defined once: the table's columns, its sort, the map's picker and legend, the
 * table's exports, the permalink's sort key and the headline cards are all derived from this list, so a measure
 * added here appears in each of them and nowhere needs it spelled out again.
 */
export interface MeasureDefinition<Key extends string = string> {
  key: Key;
  /** The column's header, and the map picker's label unless `mapLabel` says otherwise. */
  label: MessageKey;
  mapLabel?: MessageKey;
  /** The unit the map's legend and the card give; a share is in per cent. */
  unit: MessageKey | '%';
  format: MeasureFormat;
  /** The dataset whose records state it: its period is the card's, its rows are what a missing figure is explained by. */
  dataset: DatasetId;
  /** For a ratio, the measure it divides (a missing ratio is explained by its parts). */
  of?: string;
  /** The figure with how many rows state it and how many leave it blank (a ratio is stated or not as a whole). */
  stated: (summary: FigureSummary) => Measure;
  /** The figure as the page shows it (a share in per cent), unrounded; null where the data has none. */
  read: (summary: FigureSummary) => number | null;
  /** Whether the table shows it (and its exports hold it), the table sorts by it, the map colours by it. */
  table: boolean;
  sorts: boolean;
  maps: boolean;
  card?: CardDefinition;
}

// A ratio is known or not as a whole: unknown when any county shown lacks the population or the figure.
function wholeRatio(value: number | null): Measure {
  return { value, reported: value === null ? 0 : 1, missing: value === null ? 1 : 0 };
}

// Keeps each entry's literal key and flags, from which SortKey and MapMeasure are derived; `read` follows from `stated`.
function measure<const Definition extends Omit<MeasureDefinition, 'read' | 'table'> & { table?: false }>(definition: Definition) {
  const scale = definition.format === 'share' ? 100 : 1;
  const read = (summary: FigureSummary) => {
    const { value } = definition.stated(summary);
    return value === null ? null : value * scale;
  };
  return { table: true, ...definition, read } as Definition & { read: MeasureDefinition['read']; table: Definition['table'] extends false ? false : true };
}

/** Where some records do not state a share's part, how many people its whole then counts. */
function basisNote(basis: ShareBasis, lang: Lang, t: Translate): string | undefined {
  return basis.unstatedPeople > 0
    ? t('kpi.shareBasis', { whole: formatNumber(basis.whole, lang), unstated: formatNumber(basis.unstatedPeople, lang) })
    : undefined;
}

function shareDetail(share: number | null, basis: ShareBasis, lang: Lang, t: Translate, key: MessageKey): string | undefined {
  if (share === null) return undefined;
  const note = basisNote(basis, lang, t);
  return t(key, { share: formatShare(share, lang) }) + (note ? (lang === 'zh' ? `（${note}）` : ` (${note})`) : '');
}

// Names the part computed: after an append, most households may be stated and only one county's computed.
function derivedHouseholdsDetail({ households, derived_households: derived }: FigureSummary, lang: Lang, t: Translate): string | undefined {
  if (derived.value === null || households.value === null) return undefined;
  return derived.value === households.value ? t('kpi.derivedHouseholds') : t('kpi.derivedHouseholdsPart', { derived: formatNumber(derived.value, lang) });
}

function sitesDetail(s: FigureSummary, lang: Lang, t: Translate): string | undefined {
  const parts = [
    s.site_households.value === null ? null : t('kpi.siteHouseholds', { households: formatNumber(s.site_households.value, lang) }),
    s.site_people.value === null ? null : t('kpi.sitePeople', { people: formatNumber(s.site_people.value, lang) }),
    s.site_area_mu.value === null ? null : t('kpi.siteArea', { area: formatNumber(s.site_area_mu.value, lang) }),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? undefined : parts.join(lang === 'zh' ? '，' : ', ');
}

/** The measures in the order the table shows them. */
export const MEASURES = [
  measure({
    key: 'households',
    dataset: 'relocation',
    label: 'table.households',
    unit: 'unit.households',
    format: 'count',
    stated: (s) => s.households,
    sorts: true,
    maps: false,
    card: {
      order: 2,
      testId: 'kpi-relocated-households',
      label: 'kpi.households',
      detail: derivedHouseholdsDetail,
    },
  }),
  measure({
    key: 'people',
    dataset: 'relocation',
    label: 'table.people',
    mapLabel: 'kpi.people',
    unit: 'unit.people',
    format: 'count',
    stated: (s) => s.people,
    sorts: true,
    maps: true,
    card: { order: 1, testId: 'kpi-relocated-people', label: 'kpi.people' },
  }),
  measure({
    key: 'registered_poor_people',
    dataset: 'relocation',
    label: 'table.registered_poor_people',
    unit: 'unit.people',
    format: 'count',
    stated: (s) => s.registered_poor_people,
    sorts: true,
    maps: false,
    card: {
      order: 3,
      testId: 'kpi-registered-poor-people',
      label: 'kpi.registeredPoor',
      detail: (s, lang, t) => shareDetail(s.registered_poor_share, s.registered_poor_basis, lang, t, 'kpi.registeredPoorShare'),
    },
  }),
  measure({
    key: 'registered_poor_share',
    dataset: 'relocation',
    of: 'registered_poor_people',
    label: 'table.registeredPoorShare',
    unit: '%',
    format: 'share',
    stated: (s) => wholeRatio(s.registered_poor_share),
    sorts: false,
    maps: true,
  }),
  measure({
    key: 'whole_village_people',
    dataset: 'relocation',
    label: 'kpi.wholeVillage',
    unit: 'unit.people',
    format: 'count',
    stated: (s) => s.whole_village_people,
    table: false,
    sorts: false,
    maps: false,
    card: {
      order: 4,
      testId: 'kpi-whole-village-people',
      detail: ({ whole_village_share: share, whole_village_basis: basis }, lang, t) =>
        share === null
          ? undefined
          : [
              t('kpi.wholeVillageDetail', {
                wholeShare: formatShare(share, lang),
                scattered: formatNumber(Math.round(basis.whole * (1 - share)), lang),
                scatteredShare: formatShare(1 - share, lang),
              }),
              basisNote(basis, lang, t),
            ]
              .filter(Boolean)
              .join(lang === 'zh' ? '；' : '; '),
    },
  }),
  measure({
    key: 'sites',
    dataset: 'sites',
    label: 'kpi.sites',
    unit: 'unit.sites',
    format: 'count',
    stated: (s) => s.sites,
    table: false,
    sorts: false,
    maps: false,
    card: { order: 5, testId: 'kpi-sites', onlyWhereStated: true, detail: sitesDetail },
  }),
  measure({
    key: 'jobs',
    dataset: 'jobs',
    label: 'table.jobs',
    unit: 'unit.jobs',
    format: 'count',
    stated: (s) => s.jobs,
    sorts: true,
    maps: true,
    card: {
      order: 6,
      testId: 'kpi-jobs',
      label: 'kpi.jobs',
      detail: (s, lang, t) => (s.units.value === null ? undefined : t('kpi.unitsDetail', { units: formatNumber(s.units.value, lang) })),
    },
  }),
  measure({
    key: 'relocated_workers',
    dataset: 'jobs',
    label: 'table.relocated_workers',
    unit: 'unit.people',
    format: 'count',
    stated: (s) => s.relocated_workers,
    sorts: true,
    maps: true,
    card: { order: 7, testId: 'kpi-relocated-workers', label: 'kpi.relocatedWorkers' },
  }),
  measure({
    key: 'income_households',
    dataset: 'income',
    label: 'kpi.incomeHouseholds',
    unit: 'unit.households',
    format: 'count',
    stated: (s) => s.income_households,
    table: false,
    sorts: false,
    maps: false,
    card: { order: 8, testId: 'kpi-income-households' },
  }),
  measure({
    key: 'income_gain_per_household_yuan',
    dataset: 'income',
    label: 'table.income_gain_per_household_yuan',
    unit: 'kpi.incomeGainUnit',
    format: 'count',
    stated: (s) => s.income_gain_per_household_yuan,
    sorts: true,
    maps: true,
    card: { order: 9, testId: 'kpi-income-gain-per-household', label: 'kpi.incomeGain' },
  }),
  measure({
    key: 'income_gain_per_capita_yuan',
    dataset: 'income',
    label: 'kpi.incomeGainPerCapita',
    unit: 'kpi.incomeGainPerCapitaUnit',
    format: 'count',
    stated: (s) => s.income_gain_per_capita_yuan,
    table: false,
    sorts: false,
    maps: false,
    card: {
      order: 10,
      testId: 'kpi-income-gain-per-capita',
      onlyWhereStated: true,
      detail: (s, lang, t) =>
        s.gain_per_capita_people.value === null ? undefined : t('kpi.gainPerCapitaPeople', { people: formatNumber(s.gain_per_capita_people.value, lang) }),
    },
  }),
  measure({
    key: 'people_per_1000_residents',
    dataset: 'relocation',
    of: 'people',
    label: 'table.people_per_1000_residents',
    unit: 'unit.people',
    format: 'rate',
    stated: (s) => wholeRatio(s.people_per_1000_residents),
    sorts: true,
    maps: true,
    card: { order: 11, testId: 'kpi-people-per-1000-residents' },
  }),
  measure({
    key: 'jobs_per_1000_residents',
    dataset: 'jobs',
    of: 'jobs',
    label: 'table.jobs_per_1000_residents',
    unit: 'unit.jobs',
    format: 'rate',
    stated: (s) => wholeRatio(s.jobs_per_1000_residents),
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

/** The measures the table shows, in its order: its columns, its cells and its exports. */
export const TABLE_MEASURES: readonly MeasureDefinition[] = MEASURES.filter((m) => m.table);

/** The measures with a headline card, in the cards' order. */
export const CARD_MEASURES: readonly (MeasureDefinition & { card: CardDefinition })[] = MEASURES.filter(
  (m): m is (typeof MEASURES)[number] & { card: CardDefinition } => 'card' in m,
).sort((a, b) => a.card.order - b.card.order);

const BY_KEY = new Map<string, MeasureDefinition>(MEASURES.map((m) => [m.key, m]));

export function measureOf(key: MeasureKey): MeasureDefinition {
  return BY_KEY.get(key)!;
}

/** How many decimals a measure's figure is written with. */
export function digitsOf(format: MeasureFormat): number {
  return format === 'count' ? 0 : 1;
}

/** A measure's figure as the table writes it: a count in full, a share (read in per cent) with one decimal, a rate with one. */
export function formatMeasureValue(value: number, format: MeasureFormat, lang: Lang): string {
  if (format === 'share') return formatShare(value / 100, lang);
  return format === 'rate' ? formatFixed(value, lang, digitsOf(format)) : formatNumber(value, lang);
}
