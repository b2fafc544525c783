import { encodingPlan, type Encoding } from './decode';
import { ImportEngine, NotUtf8 } from './importEngine';
import { ImportFailure, importFailureOf } from './importFailure';
import type { ImportOutcome, StreamOptions } from './importOutcome';
import { sniffFile, SNIFF_BYTES, type FileKind } from './workbook/sniffFile';

export type { ImportOutcome, ImportProgress, StreamOptions } from './importOutcome';

const DEFAULT_CHUNK_BYTES = 1 << 20;

/** The reason an aborted import stops with: the signal's, unless it has nothing to say. */
function abortReason(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.message.trim() !== '' ? reason : new DOMException('The import was cancelled.', 'AbortError');
}

/** Any error but a cancel said as a failure the page words in its reader's language. */
function asImportFailure(error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted || error instanceof ImportFailure) return error;
  const { code, detail } = importFailureOf(error);
  return new ImportFailure(code, detail, { cause: error });
}

/**
 * The encoding plan carried out (a UTF-16 BOM names UTF-16; otherwise strict UTF-8, and GB18030 if that fails): a
 * file read again as GB18030 is read again from its first byte.
 */
async function readByPlan(head: Uint8Array, read: (encoding: Encoding, bomLength: number) => Promise<ImportOutcome>): Promise<ImportOutcome> {
  const plan = encodingPlan(head);
  try {
    return await read(plan.encoding, plan.bomLength);
  } catch (error) {
    if (!(error instanceof NotUtf8) || !plan.fallback) throw error;
    return read(plan.fallback, plan.bomLength);
  }
}

const NOT_A_TABLE: Partial<Record<FileKind, ImportFailure['code']>> = {
  'old-workbook': 'old_workbook',
  pdf: 'not_a_table_pdf',
  image: 'not_a_table_image',
  binary: 'not_a_table_binary',
};

/**
 * A file that is not text is never read as CSV: a zip is read as a workbook (whatever its name says), by a reader
 * loaded only then; anything else is said to be what it is. Returns null for text.
 */
async function importNonText(head: Uint8Array, whole: () => Promise<Uint8Array>, fileName: string, options: StreamOptions): Promise<ImportOutcome | null> {
  const kind = sniffFile(head);
  if (kind === 'text') return null;
  const failure = NOT_A_TABLE[kind];
  if (failure) throw new ImportFailure(failure);
  const [{ importWorkbook }, bytes] = await Promise.all([import('./workbook/importWorkbook'), whole()]);
  const { reading, conflicts, quotes, columnMapping, sheetDatasets } = options;
  return importWorkbook(bytes, fileName, { reading, conflicts, quotes, columnMapping, sheetDatasets });
}

/**
 * Imports a file read chunk by chunk, so a large file never sits in memory as one string: each chunk goes to the
 * import engine as it is read. Fails only with an ImportFailure; stops before the next chunk once `options.signal`
 * is aborted, with its reason.
 */
export async function importStream(blob: Blob, fileName: string, options: StreamOptions = {}): Promise<ImportOutcome> {
  const { signal } = options;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  // A file read again as GB18030 starts from its first byte again; the progress shown never goes back.
  let shown = 0;
  const read = async (encoding: Encoding, bomLength: number): Promise<ImportOutcome> => {
    const bom = bomLength > 0 ? new Uint8Array(await blob.slice(0, bomLength).arrayBuffer()) : new Uint8Array(0);
    const engine = new ImportEngine(fileName, encoding, bom, options);
    for (let offset = bomLength; offset < blob.size; offset += chunkBytes) {
      if (signal?.aborted) throw abortReason(signal);
      const end = Math.min(offset + chunkBytes, blob.size);
      const question = engine.push(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
      if (question) return question;
      if (end >= shown) {
        shown = end;
        options.onProgress?.({ bytesRead: end, totalBytes: blob.size, rowsRead: engine.rowsRead });
      }
    }
    if (signal?.aborted) throw abortReason(signal);
    return engine.end();
  };
  try {
    if (signal?.aborted) throw abortReason(signal);
    const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
    const workbook = await importNonText(head, async () => new Uint8Array(await blob.arrayBuffer()), fileName, options);
    if (workbook) return workbook;
    return await readByPlan(head.subarray(0, 3), read);
  } catch (error) {
    throw asImportFailure(error, signal);
  }
}

/**
 * Imports a file already in memory through the same engine, chunk by chunk as importStream reads it, without
 * waiting on a Blob: for the scripts and tests that hold their bytes.
 */
export function importBytes(bytes: Uint8Array, fileName: string, options: Omit<StreamOptions, 'onProgress' | 'signal'> = {}): ImportOutcome {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const plan = encodingPlan(bytes);
  const read = (encoding: Encoding): ImportOutcome => {
    const engine = new ImportEngine(fileName, encoding, bytes.subarray(0, plan.bomLength), options);
    for (let offset = plan.bomLength; offset < bytes.length; offset += chunkBytes) {
      const question = engine.push(bytes.subarray(offset, Math.min(offset + chunkBytes, bytes.length)));
      if (question) return question;
    }
    return engine.end();
  };
  try {
    try {
      return read(plan.encoding);
    } catch (error) {
      if (!(error instanceof NotUtf8) || !plan.fallback) throw error;
      return read(plan.fallback);
    }
  } catch (error) {
    throw asImportFailure(error);
  }
}
