import type { ColumnSpec } from '../data/schema';
import type { CellValue } from '../data/types';
import { formatNumber } from './format';
import type { Lang } from './translate';

/**
 * A validated cell as the import preview writes it: a figure with up to two decimals, a year as it is (2,020 would
 * read as a number), a period by its label, a coded value (unit_type) by its name in the page's language.
 */
export function formatCell(value: CellValue | undefined, column: ColumnSpec | undefined, lang: Lang): string {
  if (value == null) return '';
  if (typeof value === 'number') return column?.type === 'year' ? String(value) : formatNumber(value, lang, 2);
  if (typeof value !== 'string') return value.label;
  return column?.enumValues?.find((option) => option.code === value)?.label[lang] ?? value;
}
