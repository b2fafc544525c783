import { DATASETS, type DatasetId } from './schema';
import type { Encoding } from './decode';
import { CsvRowReader, type Delimiter, type RawRow } from './parseCsv';
import { createRowValidator } from './validate/validateTable';
import type { DatasetDetection } from './detectDataset';
import { beginTable, HEADER_SEARCH_ROWS, type TableStart } from './beginTable';
import { finishImport, type ImportResult } from './importTable';

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

export interface StreamOptions {
  /** The dataset, when the analyst has said; otherwise it is recognised from the header. */
  datasetId?: DatasetId | null;
  chunkBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
}

const DEFAULT_CHUNK_BYTES = 1 << 20;

function bomOf(head: Uint8Array): { encoding: Encoding; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Thrown when strict UTF-8 meets a byte it cannot decode, so the file is read again as GB18030.
class NotUtf8 extends Error {}

async function readAs(blob: Blob, fileName: string, encoding: Encoding, skip: number, options: StreamOptions): Promise<ImportOutcome> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8();
    }
  };
  const reader = new CsvRowReader();
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let started = null as Extract<TableStart, { kind: 'validating' }> | null;
  let waiting: RawRow[] = [];

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
    const start = beginTable({ line: reader.headerLine, cells: reader.header }, waiting, options.datasetId ?? null, fileName);
    waiting = [];
    if (start.kind === 'question') {
      return { kind: 'needs-dataset', fileName, encoding, delimiter: reader.delimiter ?? ',', header: start.header, detection: start.detection };
    }
    started = start;
    return null;
  };

  for (let offset = skip; offset < blob.size; offset += chunkBytes) {
    const bytes = new Uint8Array(await blob.slice(offset, Math.min(offset + chunkBytes, blob.size)).arrayBuffer());
    const question = take(reader.push(decode(bytes)), false);
    if (question) return question;
    options.onProgress?.({ bytesRead: Math.min(offset + chunkBytes, blob.size), totalBytes: blob.size, rowsRead: started?.validator.result.rowsRead ?? 0 });
  }
  const question = take([...reader.push(decode()), ...reader.end()], true);
  if (question) return question;
  const meta = { fileName, bytes: blob.size, encoding, delimiter: reader.delimiter ?? ',', header: started?.header ?? [] };
  if (started) return { kind: 'imported', result: finishImport(started.datasetId, started.validator.result, meta) };
  // An empty file has no header: it is still the named dataset's (empty) import, with the problem said.
  const datasetId = options.datasetId ?? 'relocation';
  return { kind: 'imported', result: finishImport(datasetId, createRowValidator(DATASETS[datasetId], []).result, meta) };
}

/**
 * Imports a file read chunk by chunk, so a large file never sits in memory as one string: each chunk is
 * decoded (a BOM names UTF-8 or UTF-16; otherwise strict UTF-8, and GB18030 if that fails), split into rows
 * and validated as it arrives, then the rows are normalised. Gives the same result as `importTable`.
 */
export async function importStream(blob: Blob, fileName: string, options: StreamOptions = {}): Promise<ImportOutcome> {
  // A file read again as GB18030 starts from byte 0; the progress shown never goes back.
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
  const bom = bomOf(new Uint8Array(await blob.slice(0, 3).arrayBuffer()));
  if (bom) return readAs(blob, fileName, bom.encoding, bom.length, options);
  try {
    return await readAs(blob, fileName, 'utf-8', 0, options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return readAs(blob, fileName, 'gb18030', 0, options);
  }
}
