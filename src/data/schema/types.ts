/** A string in both languages of the app. */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * How a cell is read:
 * - `code`: a 6-digit administrative code, always kept as text;
 * - `text`: free text, trimmed;
 * - `period`: a year `2019` or a range `2016-2020`;
 * - `count`: a whole number ≥ 0 (households, people, units);
 * - `amount`: a number ≥ 0 that may have a fraction (yuan, mu);
 * - `year`: a four-digit calendar year;
 * - `enum`: one of `enumValues`, given by its code or its Chinese word.
 */
export type ColumnType = 'code' | 'text' | 'period' | 'count' | 'amount' | 'year' | 'enum';

export interface EnumValue {
  code: string;
  label: Bilingual;
}

export interface ColumnSpec {
  /** Canonical English header, also the field name in records. */
  key: string;
  /** Chinese header as written in the data contract. */
  zh: string;
  /** A short English header for tables, where `description.en` runs to a sentence (the description when unset). */
  en?: string;
  type: ColumnType;
  required?: boolean;
  /** The header must name the column, though a cell may be blank: the row is then the total over this level. */
  headerRequired?: true;
  unit?: Bilingual;
  enumValues?: readonly EnumValue[];
  /** A mean or rate (wage, gain per household): never summed, so never checked against a subtotal. */
  notAdditive?: true;
  /** Value used when the cell is blank (only where the contract sets one). */
  defaultValue?: number;
  /** Other headers offices write for the column (村, 行政村 for village), matched like `key` and `zh`. */
  aliases?: readonly string[];
  description: Bilingual;
}

/** A rule that one figure may not exceed another in the same row (a part and its whole). */
export interface PartOfWhole {
  part: string;
  whole: string;
  /** The problem reported when the part is larger; `part_exceeds_whole` unless stated. */
  problem?: 'people_fewer_than_households';
}

export type DatasetId = 'relocation' | 'sites' | 'jobs' | 'income' | 'population';

export interface DatasetSpec {
  id: DatasetId;
  fileName: string;
  title: Bilingual;
  columns: readonly ColumnSpec[];
  /** At least one column of each group must be present in the header and filled in each row. */
  requireOneOf?: readonly (readonly string[])[];
  /** A column whose presence makes the file a roster (a line per household or person): its lines count themselves, so requireOneOf does not hold. */
  rosterColumn?: string;
  /** Within a row, each part may not exceed its whole. */
  partsOfWholes?: readonly PartOfWhole[];
  /** Columns whose cell may name a subtotal row (合计/小计…), besides `county`. */
  labelColumns: readonly string[];
  /**
   * The places below a county, from the widest (township) to the narrowest (site, unit, household): a row that
   * fills the first few and leaves the rest blank is the total of the rows that fill more of them (see src/data/count/).
   */
  levels: readonly string[];
}
