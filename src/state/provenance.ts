import { DATASET_IDS, type DatasetId } from '../data/schema';
import type { ImportResult } from '../data/finishImport';
import { showsShippedRows } from '../data/uploads/applyUpload';
import { uploadedFileLabel, type StoredTables } from '../data/store/uploadStore';

/** A table showing uploaded rows: which files, and whether they replace the shipped rows or follow them. */
export interface UploadShown {
  dataset: DatasetId;
  files: string[];
  appended: boolean;
}

/** The tables that show uploads, in the datasets' order, for the banner that says the page is not the shipped data. */
export function uploadsShown(uploads: StoredTables): UploadShown[] {
  return DATASET_IDS.flatMap((id) => {
    const table = uploads[id];
    return table ? [{ dataset: id, files: table.files.map(uploadedFileLabel), appended: table.keepsShipped }] : [];
  });
}

/** Where each table the page shows comes from: the shipped dataset (synthetic for the demo) or the analyst's upload. */
export interface Provenance {
  /** A table is synthetic while it shows the demo's rows; an upload in their place is the analyst's own. */
  synthetic: Readonly<Record<DatasetId, boolean>>;
  anySynthetic: boolean;
  /** Whether a table shows uploaded rows, alone or next to the shipped ones. */
  showsUploads: Readonly<Record<DatasetId, boolean>>;
  /** The shipped tables' import reports, for the tables that still show shipped rows. */
  shippedImports: Partial<Record<DatasetId, ImportResult>>;
}

export function provenanceOf(shipped: { synthetic: boolean; imports: Readonly<Record<DatasetId, ImportResult>> }, uploads: StoredTables): Provenance {
  const keepsShipped = (id: DatasetId) => showsShippedRows(id, uploads);
  const synthetic = Object.fromEntries(DATASET_IDS.map((id) => [id, shipped.synthetic && keepsShipped(id)])) as Record<DatasetId, boolean>;
  return {
    synthetic,
    anySynthetic: DATASET_IDS.some((id) => synthetic[id]),
    showsUploads: Object.fromEntries(DATASET_IDS.map((id) => [id, uploads[id] !== undefined])) as Record<DatasetId, boolean>,
    shippedImports: Object.fromEntries(DATASET_IDS.filter(keepsShipped).map((id) => [id, shipped.imports[id]])),
  };
}
