import type { DatasetId } from '../schema';
import type { HeaderMatch } from '../matchHeaders';
import { normaliseHeader } from '../matchHeaders';

/**
 * How a relocation file's lines are read: `totals`, each line a figure for a place; `households`, each line one
 * household; `persons`, each line one member of a household named by its number.
 */
export type Reading = 'totals' | 'households' | 'persons';
export type ReadingChoice = 'auto' | Reading;

/** What made the reading: the analyst's choice, or what the file shows. */
export type ReadingReason =
  | 'chosen'
  | 'household_id_column'
  | 'householder_column'
  | 'relationship_column'
  | 'every_line_one_household'
  | 'ids_repeat_without_people'
  | 'household_column_empty'
  | 'no_household_column';

export interface ReadingDecision {
  reading: Reading;
  reason: ReadingReason;
  /** The header that showed it (户主姓名, 与户主关系…), when one did. */
  header?: string;
}

const HOUSEHOLDER_HEADERS = ['户主姓名', '户主', '户主名称', '户主名', '户主名字', 'householder', 'headofhousehold'];
const RELATIONSHIP_HEADERS = ['与户主关系', '与户主的关系', '家庭关系', '关系', '成员关系', '家庭成员关系', 'relationship', 'relationtohead'];

function unknownHeader(match: HeaderMatch, names: readonly string[]): string | undefined {
  const wanted = new Set(names);
  return match.unknown.find(({ header }) => wanted.has(normaliseHeader(header)))?.header;
}

/**
 * The reading a file's header gives. A household number column (户编号) makes a roster of households, or of persons
 * when a relationship column (与户主关系) stands beside it; a head-of-household column (户主姓名) alone makes one of
 * households. Otherwise the file is read as totals, until its lines say otherwise (see readingAtEnd).
 */
export function readingFromHeader(datasetId: DatasetId, match: HeaderMatch, choice: ReadingChoice = 'auto'): ReadingDecision {
  if (datasetId !== 'relocation') return { reading: 'totals', reason: 'no_household_column' };
  if (choice !== 'auto') return { reading: choice, reason: 'chosen' };
  const relationship = unknownHeader(match, RELATIONSHIP_HEADERS);
  if (match.indexOf.has('household_id')) {
    return relationship ? { reading: 'persons', reason: 'relationship_column', header: relationship } : { reading: 'households', reason: 'household_id_column' };
  }
  const householder = unknownHeader(match, HOUSEHOLDER_HEADERS);
  if (householder) return { reading: 'households', reason: 'householder_column', header: householder };
  return { reading: 'totals', reason: 'no_household_column' };
}

/** What the whole file showed, for a reading the header left open. */
export interface LinesSeen {
  /** Accepted lines, and how many of them give exactly 1 household. */
  lines: number;
  oneHousehold: number;
  /** Lines whose household number repeats within its place. */
  repeatedIds: number;
  hasPeopleColumn: boolean;
  /** Lines whose household number (or head of household) was filled: the header's promise of a roster kept. */
  markedLines: number;
}

/**
 * The reading once every line is read, when the header left it open: a roster column blank on every line makes
 * a file of totals; a file of totals whose every line gives 1
 * household is a roster of households (identical lines are then different households); a roster whose numbers
 * repeat and that has no people column is one of persons (each member's line carries the household's number).
 */
export function readingAtEnd(decision: ReadingDecision, choice: ReadingChoice, seen: LinesSeen): ReadingDecision {
  if (choice !== 'auto') return decision;
  // A template's 户编号 column left blank on every line names no household: the lines are totals.
  if (decision.reading !== 'totals' && seen.markedLines === 0) decision = { reading: 'totals', reason: 'household_column_empty', ...(decision.header ? { header: decision.header } : {}) };
  if (decision.reading === 'totals' && seen.lines > 1 && seen.oneHousehold === seen.lines) return { reading: 'households', reason: 'every_line_one_household' };
  if (decision.reading === 'households' && decision.reason === 'household_id_column' && seen.repeatedIds > 0 && !seen.hasPeopleColumn) {
    return { reading: 'persons', reason: 'ids_repeat_without_people' };
  }
  return decision;
}
