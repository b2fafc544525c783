import type { DatasetId } from './schema';
import type { Encoding } from './decode';
import type { Delimiter } from './parseCsv';
import type { DatasetDetection } from './detectDataset';
import type { CountingChoices, ImportResult } from './finishImport';
import type { WorkbookOutcome } from './workbook/importWorkbook';

/** What reading a file gives: an import result, the question which dataset it is, or a workbook's sheets. */
export type ImportOutcome =
  | { kind: 'imported'; result: ImportResult }
  | WorkbookOutcome
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
  /** For a workbook, the dataset the analyst named for a sheet, by the sheet's name. */
  sheetDatasets?: Readonly<Record<string, DatasetId>>;
  chunkBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Stops the import: checked before each chunk is read, it then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
}
