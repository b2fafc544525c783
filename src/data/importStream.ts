import { DATASETS, type DatasetId } from './schema';
import type { Encoding } from './decode';
import { CsvRowReader, type Delimiter } from './parseCsv';
import { createRowValidator, type RowValidator } from './validate/validateTable';
import { detectDataset, type DatasetDetection } from './detectDataset';
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
  let validator = null as RowValidator | null;
  let datasetId = options.datasetId ?? null;

  // Returns the question to the analyst when the header does not say which dataset this is.
  const take = (rows: ReturnType<CsvRowReader['push']>): ImportOutcome | null => {
    if (!validator && reader.header) {
      if (!datasetId) {
        const detection = detectDataset(reader.header, fileName);
        if (detection.kind === 'ambiguous') {
          return { kind: 'needs-dataset', fileName, encoding, delimiter: reader.delimiter ?? ',', header: reader.header, detection };
        }
        datasetId = detection.datasetId;
      }
      validator = createRowValidator(DATASETS[datasetId], reader.header);
    }
    validator?.add(rows);
    return null;
  };

  for (let offset = skip; offset < blob.size; offset += chunkBytes) {
    const bytes = new Uint8Array(await blob.slice(offset, Math.min(offset + chunkBytes, blob.size)).arrayBuffer());
    const question = take(reader.push(decode(bytes)));
    if (question) return question;
    options.onProgress?.({ bytesRead: Math.min(offset + chunkBytes, blob.size), totalBytes: blob.size, rowsRead: validator?.result.rowsRead ?? 0 });
  }
  const question = take([...reader.push(decode()), ...reader.end()]);
  if (question) return question;
  // An empty file has no header: it is still some dataset's (empty) import, with the problem said.
  const finalId = datasetId ?? 'relocation';
  const validation = validator?.result ?? createRowValidator(DATASETS[finalId], []).result;
  const meta = { fileName, bytes: blob.size, encoding, delimiter: reader.delimiter ?? ',', header: reader.header ?? [] };
  return { kind: 'imported', result: finishImport(finalId, validation, meta) };
}

/**
 * Imports a file read chunk by chunk, so a large file never sits in memory as one string: each chunk is
 * decoded (a BOM names UTF-8 or UTF-16; otherwise strict UTF-8, and GB18030 if that fails), split into rows
 * and validated as it arrives, then the rows are normalised. Gives the same result as `importTable`.
 */
export async function importStream(blob: Blob, fileName: string, options: StreamOptions = {}): Promise<ImportOutcome> {
  const bom = bomOf(new Uint8Array(await blob.slice(0, 3).arrayBuffer()));
  if (bom) return readAs(blob, fileName, bom.encoding, bom.length, options);
  try {
    return await readAs(blob, fileName, 'utf-8', 0, options);
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
    return readAs(blob, fileName, 'gb18030', 0, options);
  }
}
