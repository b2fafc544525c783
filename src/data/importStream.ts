import { DATASETS, type DatasetId } from './schema';
import { encodingPlan, textDecoderFor, type Encoding } from './decode';
import { CsvRowReader, type Delimiter, type RawRow } from './parseCsv';
import { createRowValidator } from './validate/validateTable';
import type { DatasetDetection } from './detectDataset';
import { beginTable, HEADER_SEARCH_ROWS, type TableStart } from './beginTable';
import { finishImport, type CountingChoices, type ImportResult } from './importTable';
import { BytesFingerprint } from './fingerprint';
import { HouseholdRowFold } from './count/foldHouseholdRows';
import { ImportFailure, importFailureOf } from './importFailure';

/** What reading a file gives: an import result, or the question which dataset it is. */
export type ImportOutcome =
  | { kind: 'imported'; result: ImportResult }
  | {
      kind: 'needs-dataset';
      fileName: string;
      encoding: Encoding;
      delimiter: Delimiter;
      header: string[];
      detection: Extract<DatasetDetection, { kind: 'ambiguous' }>;
    };

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface StreamOptions extends CountingChoices {
  /** The dataset, when the analyst has said; otherwise it is recognised from the header. */
  datasetId?: DatasetId | null;
  chunkBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import: checked before each chunk is read, it then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
}

const DEFAULT_CHUNK_BYTES = 1 << 20;

// Thrown when strict UTF-8 meets a byte it cannot decode, so the file is read again in the plan's fallback.
class NotUtf8 extends ImportFailure {
  constructor() {
    super('not_utf8');
  }
}

/** The reason an aborted import stops with: the signal's, unless it has nothing to say. */
function abortReason(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.message.trim() !== '' ? reason : new DOMException('The import was cancelled.', 'AbortError');
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Holds back the bytes after a chunk's last line break until a later chunk brings one (or the file ends), so that
 * the decoder is given whole lines. Node's GB18030 decoder (ICU), though not fatal, can throw when a broken
 * four-byte sequence arrives cut into pieces (A6 | 36 | 30, which read whole is "�60"): found by the property
 * tests, where importStream then failed with "not valid UTF-8" on a file importTable read. A line break byte is
 * never part of a GB18030 character, so no character is cut. Each byte is copied at most twice.
 */
class WholeLines {
  private held: Uint8Array[] = [];
  private heldLength = 0;

  take(bytes: Uint8Array): Uint8Array | null {
    // After the last LF, so that a CRLF is never cut in two; after the last CR only in a file of CR lines.
    let last = bytes.lastIndexOf(LF);
    if (last < 0) last = bytes.lastIndexOf(CR);
    if (last < 0) {
      this.hold(bytes);
      return null;
    }
    const lines = this.release(bytes.subarray(0, last + 1));
    this.hold(bytes.slice(last + 1));
    return lines;
  }

  /** What is still held, at the end of the file. */
  rest(): Uint8Array {
    return this.release(new Uint8Array(0));
  }

  private hold(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.held.push(bytes);
    this.heldLength += bytes.length;
  }

  private release(tail: Uint8Array): Uint8Array {
    if (this.heldLength === 0) return tail;
    const joined = new Uint8Array(this.heldLength + tail.length);
    let at = 0;
    for (const piece of this.held) {
      joined.set(piece, at);
      at += piece.length;
    }
    joined.set(tail, at);
    this.held = [];
    this.heldLength = 0;
    return joined;
  }
}

async function readAs(blob: Blob, fileName: string, encoding: Encoding, skip: number, options: StreamOptions): Promise<ImportOutcome> {
  const decoder = textDecoderFor(encoding);
  // Only strict UTF-8 throws by design; an error from another decoder is not a reason to read the file as GB18030.
  const decodeRaw = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch (error) {
      if (encoding === 'utf-8') throw new NotUtf8();
      throw error;
    }
  };
  // UTF-8 and GB18030 are read in whole lines, which the reader can split on their bytes; UTF-16 as text.
  const lines = encoding === 'utf-8' || encoding === 'gb18030' ? new WholeLines() : null;
  const reader = new CsvRowReader(null, options.quotes === 'lines');
  if (lines) reader.readsBytes(textDecoderFor(encoding));
  // Every piece decoded goes through the one stream decoder, so that a character is never cut.
  const rowsOf = (bytes: Uint8Array) => {
    if (!lines) return reader.push(decodeRaw(bytes));
    const whole = lines.take(bytes);
    if (!whole) return [];
    try {
      // Once validation has started, lines go to it straight from the bytes, with no row made for a plain one.
      return reader.pushBytes(whole, decodeRaw, started ? (line) => started!.validator.addScanned(line) : undefined);
    } catch (error) {
      // A cell strict UTF-8 cannot decode is the file's bytes saying it is not UTF-8, as the text decoder would say.
      if (encoding === 'utf-8' && error instanceof TypeError) throw new NotUtf8();
      throw error;
    }
  };
  const rowsAtEnd = () => [...reader.push(lines ? decodeRaw(lines.rest()) + decodeRaw() : decodeRaw()), ...reader.end()];
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let started = null as Extract<TableStart, { kind: 'validating' }> | null;
  let waiting: RawRow[] = [];
  const fold = new HouseholdRowFold();
  const fingerprint = new BytesFingerprint();
  if (skip > 0) fingerprint.update(new Uint8Array(await blob.slice(0, skip).arrayBuffer()));

  // Rows wait until enough have come to find the header below any title rows; then validation starts and
  // takes every row as it arrives. Returns the question to the analyst when the header does not say the dataset.
  const take = (rows: RawRow[], last: boolean): ImportOutcome | null => {
    if (started) {
      started.validator.add(rows);
      return null;
    }
    if (!reader.header) return null;
    waiting.push(...rows);
    if (waiting.length <= HEADER_SEARCH_ROWS && !last) return null;
    const start = beginTable({ line: reader.headerLine, cells: reader.header }, waiting, options.datasetId ?? null, fileName, fold, options.reading);
    waiting = [];
    if (start.kind === 'question') {
      return { kind: 'needs-dataset', fileName, encoding, delimiter: reader.delimiter ?? ',', header: start.header, detection: start.detection };
    }
    started = start;
    return null;
  };

  for (let offset = skip; offset < blob.size; offset += chunkBytes) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    const bytes = new Uint8Array(await blob.slice(offset, Math.min(offset + chunkBytes, blob.size)).arrayBuffer());
    fingerprint.update(bytes);
    const question = take(rowsOf(bytes), false);
    if (question) return question;
    options.onProgress?.({ bytesRead: Math.min(offset + chunkBytes, blob.size), totalBytes: blob.size, rowsRead: started?.validator.result.rowsRead ?? 0 });
  }
  if (options.signal?.aborted) throw abortReason(options.signal);
  const question = take(rowsAtEnd(), true);
  if (question) return question;
  const meta = { fileName, bytes: blob.size, fingerprint: fingerprint.digest(), encoding, delimiter: reader.delimiter ?? ',', header: started?.header ?? [] };
  const choices = { reading: options.reading, conflicts: options.conflicts, quotes: options.quotes };
  if (started) return { kind: 'imported', result: finishImport(started.datasetId, started.validator, { meta, fold, reading: started.reading, choices, unclosedQuote: reader.unclosedQuote }) };
  // An empty file has no header: it is still the named dataset's (empty) import, with the problem said.
  const datasetId = options.datasetId ?? 'relocation';
  return { kind: 'imported', result: finishImport(datasetId, createRowValidator(DATASETS[datasetId], []), { meta, choices }) };
}

/**
 * Imports a file read chunk by chunk, so a large file never sits in memory as one string: each chunk is
 * decoded (by `encodingPlan`: a UTF-16 BOM names UTF-16; otherwise strict UTF-8, and GB18030 if that fails),
 * split into rows and validated as it arrives, then the rows are normalised. Gives the same result as `importTable`.
 * Fails only with an ImportFailure; stops before the next chunk once `options.signal` is aborted, with its reason.
 */
export async function importStream(blob: Blob, fileName: string, options: StreamOptions = {}): Promise<ImportOutcome> {
  try {
    return await readFile(blob, fileName, options);
  } catch (error) {
    // A cancel keeps its own reason; anything else is said as a failure the page words in its reader's language.
    if (options.signal?.aborted || error instanceof ImportFailure) throw error;
    const { code, detail } = importFailureOf(error);
    throw new ImportFailure(code, detail, { cause: error });
  }
}

async function readFile(blob: Blob, fileName: string, options: StreamOptions): Promise<ImportOutcome> {
  // A file read again as GB18030 starts from its first byte again; the progress shown never goes back.
  let shown = 0;
  const onProgress = options.onProgress;
  if (onProgress) {
    options = {
      ...options,
      onProgress: (progress) => {
        if (progress.bytesRead < shown) return;
        shown = progress.bytesRead;
        onProgress(progress);
      },
    };
  }
  if (options.signal?.aborted) throw abortReason(options.signal);
  const plan = encodingPlan(new Uint8Array(await blob.slice(0, 3).arrayBuffer()));
  try {
    return await readAs(blob, fileName, plan.encoding, plan.bomLength, options);
  } catch (error) {
    if (!(error instanceof NotUtf8) || !plan.fallback) throw error;
    return readAs(blob, fileName, plan.fallback, plan.bomLength, options);
  }
}
