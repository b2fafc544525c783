import { toCsv } from '../toCsv';
import { metadataBlock, type ExportMetadata } from './csvMetadata';

/**
 * A table as a CSV file Excel and WPS open correctly: a BOM for UTF-8, the metadata rows (when given) above the
 * header, figures as numbers, text neutralised.
 */
export function tableCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[], meta?: ExportMetadata): string {
  return `\ufeff${meta ? metadataBlock(meta) : ''}${toCsv(columns, rows)}`;
}
