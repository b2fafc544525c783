/**
 * Why an import could not run at all, as a code that the page words in its reader's language. `detail` keeps the
 * browser's or the worker's own words (often English, and the one clue to an odd fault), shown beside them as they are.
 */
export const IMPORT_FAILURE_CODES = [
  'unreadable', 'not_utf8', 'worker_crashed', 'worker_message', 'shipped_missing', 'shipped_unrecognised',
  'failed',
  'workbook_unreadable',
  'old_workbook',
  'not_a_table_image',
  'not_a_table_pdf',
  'not_a_table_zip',
  'not_a_table_binary',
] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURE_CODES)[number];

/** What crosses from the worker, and what the page keeps, of a failure: plain data. */
export interface ImportFailureInfo {
  code: ImportFailureCode;
  detail: string;
}

export class ImportFailure extends Error implements ImportFailureInfo {
  readonly code: ImportFailureCode;
  readonly detail: string;

  constructor(code: ImportFailureCode, detail = '', options?: ErrorOptions) {
    super(detail.trim() ? `${code}: ${detail.trim()}` : code, options);
    this.name = 'ImportFailure';
    this.code = code;
    this.detail = detail.trim();
  }
}

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message.trim() || (error.name === 'Error' ? '' : error.name);
  return typeof error === 'string' ? error.trim() : '';
}

/**
 * Any error as an import failure's code and detail: an ImportFailure (or its plain copy) as it is; a DOMException, which
 * is how a browser says a file could not be read (cut off, moved, not permitted), as "unreadable"; anything else as
 * "failed", with its own message as the detail.
 */
export function importFailureOf(error: unknown): ImportFailureInfo {
  if (typeof error === 'object' && error !== null && 'code' in error && (IMPORT_FAILURE_CODES as readonly unknown[]).includes(error.code)) {
    const { code: known, detail } = error as ImportFailureInfo;
    return { code: known, detail: typeof detail === 'string' ? detail : '' };
  }
  const isDomException = typeof DOMException !== 'undefined' && error instanceof DOMException;
  return { code: isDomException ? 'unreadable' : 'failed', detail: detailOf(error) };
}
