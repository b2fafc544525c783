import type { DatasetId } from './schema';

/** A year or an inclusive range of years, as written in the `period` column. */
export interface Period {
  from: number;
  to: number;
  /** Canonical text: `2019` or `2016-2020`. */
  label: string;
}

export type Severity = 'error' | 'warning';

/** Stable names of everything validation can say about a file; messages live in the language catalogue. */
export type ProblemCode =
  | 'empty_file'
  | 'skipped_title_row'
  | 'missing_column'
  | 'unknown_column'
  | 'wrong_field_count'
  | 'missing_required'
  | 'missing_one_of'
  | 'not_a_number'
  | 'approximate_number'
  | 'negative_number'
  | 'fraction_in_count'
  | 'malformed_county_code'
  | 'unknown_county_code'
  | 'county_name_mismatch'
  | 'malformed_period'
  | 'malformed_year'
  | 'unknown_enum_value'
  | 'people_fewer_than_households'
  | 'part_exceeds_whole'
  | 'subtotal_mismatch'
  | 'detail_sum_mismatch'
  | 'duplicate_key'
  | 'conflicting_figures'
  | 'household_id_blank'
  | 'household_figure_blank'
  | 'overlapping_totals'
  | 'unclosed_quote'
  | 'unclosed_quote_as_lines'
  | 'spreadsheet_error'
  | 'merged_cells_filled'
  | 'merged_figure_once'
  | 'formula_uncached'
  | 'hidden_row'
  | 'hidden_column';

/** One thing wrong with one line of a file. `line` is the physical line (the header is line 1). */
export interface Problem {
  line: number;
  /** Canonical column name, or null when the problem concerns the whole line. */
  column: string | null;
  value: string;
  code: ProblemCode;
  severity: Severity;
  /** Extra figures the message needs (e.g. the whole a part exceeds). */
  params?: Readonly<Record<string, string | number>>;
  /** The file of the line, where lines of several files are counted together (an append). */
  file?: string;
}

/** The parsed value of one cell: blank cells are null (unknown), never 0. */
export type CellValue = string | number | Period | null;

/** A data row after validation: parsed values by canonical column name. */
export interface ValidRow {
  line: number;
  values: Readonly<Record<string, CellValue>>;
  /** Set on a row that adds up this many household rows (see HouseholdRowFold). */
  householdRows?: number;
  /** The filled cells of columns the schema does not know (村民小组, 类别, 批次…), by header: part of what the line states. */
  extras?: Readonly<Record<string, string>>;
  /** The columns whose figure the line words as approximate (约981万, 960多万, 6000余人). */
  approximate?: readonly string[];
}

/** Fields every record has, whatever its dataset. */
export interface BaseRecord {
  line: number;
  county_code: string;
  county: string;
  period: Period;
  source: string | null;
  /** The source's sentence that states the figures, where the file gives it. */
  quote?: string | null;
  note: string | null;
  /** Prefecture and province names from the national code list, attached on import. */
  prefecture: string | null;
  province: string | null;
  /** The file the line came from (absent on records stored before files were named). */
  file?: string;
  /**
   * Filled cells of columns the schema does not know, by header as written: they tell two lines apart (a 类别 or
   * 批次 column), so they are part of the line's identity, though never a level of totals (see src/data/count/).
   */
  extras?: Readonly<Record<string, string>>;
  /** The columns whose figure the line words as approximate (约, 余, 多): counted as written, and said to be approximate. */
  approximate?: readonly string[];
}

export interface RelocationRecord extends BaseRecord {
  township: string | null;
  site: string | null;
  /** The household's number, on a household-level row; null on a row of totals, and on household rows once added up. */
  household_id: string | null;
  /** How many household-level rows this record adds up; 0 for a row of totals as written. */
  householdRows: number;
  households: number | null;
  people: number | null;
  registered_poor_households: number | null;
  registered_poor_people: number | null;
  synchronous_households: number | null;
  synchronous_people: number | null;
  whole_village_households: number | null;
  whole_village_people: number | null;
  scattered_households: number | null;
  scattered_people: number | null;
  villages: number | null;
  /** Figures the app computed rather than read (households as whole-village + scattered; a blank total from its details). */
  derived: readonly string[];
  village?: string | null;
  /**
   * The identity (see factIdentity) of the range row, at this row's place or a place above it (e.g. the county's
   * 2016-2020), whose figure already includes this row's shorter period (e.g. a township's 2019); null when no
   * range covers it. Set by `coverRanges`.
   */
  coveredBy: string | null;
}

export interface SiteRecord extends BaseRecord {
  township?: string | null;
  site: string;
  /** How many sites the row stands for (a province's 1,122); null means one. */
  sites?: number | null;
  housing_units?: number | null;
  households: number | null;
  people: number | null;
  area_mu: number | null;
  opened: number | null;
}

export type UnitType = 'industrial_park' | 'township_workshop' | 'family_workshop' | 'enterprise';

export interface JobsRecord extends BaseRecord {
  township?: string | null;
  /** Null on a row that gives the total of its type (in its township, or the county). */
  unit: string | null;
  unit_type: UnitType;
  units: number | null;
  enterprises: number | null;
  jobs: number | null;
  relocated_workers: number | null;
  poor_workers: number | null;
  avg_monthly_wage_yuan: number | null;
  area_mu: number | null;
}

export interface IncomeRecord extends BaseRecord {
  township?: string | null;
  mechanism: string;
  villages: number | null;
  households: number | null;
  people: number | null;
  income_gain_per_household_yuan: number | null;
  income_gain_per_capita_yuan: number | null;
}

/** A county's resident population at a date (a census), the denominator of per-resident figures. */
export interface PopulationRecord extends BaseRecord {
  population: number;
}

export interface RecordsByDataset {
  relocation: RelocationRecord;
  sites: SiteRecord;
  jobs: JobsRecord;
  income: IncomeRecord;
  population: PopulationRecord;
}

/** A subtotal row (合计/小计) compared with the rows it sums. */
export interface SubtotalCheck {
  line: number;
  /** 'all' for a grand total (county cell), else the county code whose rows it sums. */
  scope: string;
  column: string;
  stated: number;
  computed: number | null;
  agrees: boolean;
}

/** Every dataset's counted records, as the app holds them after import. */
export interface Dataset {
  relocation: readonly RelocationRecord[];
  sites: readonly SiteRecord[];
  jobs: readonly JobsRecord[];
  income: readonly IncomeRecord[];
  /** Optional in the data contract: an empty table leaves every per-resident figure unknown. */
  population: readonly PopulationRecord[];
}

export type { DatasetId };
