import type { DatasetId } from '../schema';
import type { RecordsByDataset } from '../types';
import type { ColumnMapping, MappedColumn } from '../columnMapping';

/** One file that went into an uploaded table. */
export interface UploadedFile {
  fileName: string;
  /** ISO 8601 time the analyst applied it. */
  appliedAt: string;
  rows: number;
  /** The file's fingerprint (absent in uploads saved before it was taken). */
  fingerprint?: string;
  /** The worksheet the rows came from, for a workbook. */
  sheet?: string;
  /** The headers the analyst matched to columns for this file. */
  columnMapping?: MappedColumn[];
}

/** A file as the page names it: a workbook's sheet after its file (统计表.xlsx › 乡镇搬迁). */
export function uploadedFileLabel(file: UploadedFile): string {
  return file.sheet ? `${file.fileName} › ${file.sheet}` : file.fileName;
}

/** An uploaded table that takes the place of a shipped one until it is reset. */
export interface StoredTable<Id extends DatasetId = DatasetId> {
  datasetId: Id;
  /** True when the files were appended to the shipped rows, which are shown before them (and never stored here). */
  keepsShipped: boolean;
  files: UploadedFile[];
  /** The uploaded files' records, in the order applied. */
  records: RecordsByDataset[Id][];
}

export type StoredTables = Partial<{ [Id in DatasetId]: StoredTable<Id> }>;

/** Where applied uploads are kept, so they are there after a reload or a closed tab. */
export interface UploadStore {
  /** False when the browser gives no IndexedDB (private windows): uploads then last only as long as the page. */
  readonly persistent: boolean;
  loadAll(): Promise<StoredTables>;
  save(table: StoredTable): Promise<void>;
  remove(datasetId: DatasetId): Promise<void>;
  /** The analyst's matches of header wordings to columns, remembered for the next file. */
  loadMappings(): Promise<ColumnMapping>;
  rememberMappings(mapping: ColumnMapping): Promise<void>;
  clearMappings(): Promise<void>;
}

const DB_NAME = 'relocation-dashboard';
// Version 2 adds the column mappings beside the uploaded tables.
const DB_VERSION = 2;
const TABLES = 'uploaded-tables';
const MAPPINGS = 'column-mappings';

interface StoredMapping {
  wording: string;
  column: string;
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(TABLES)) request.result.createObjectStore(TABLES, { keyPath: 'datasetId' });
    if (!request.result.objectStoreNames.contains(MAPPINGS)) request.result.createObjectStore(MAPPINGS, { keyPath: 'wording' });
  };
  return promised(request);
}

function indexedDbStore(db: IDBDatabase): UploadStore {
  return {
    persistent: true,
    async loadAll() {
      const transaction = db.transaction(TABLES, 'readonly');
      const tables = await promised(transaction.objectStore(TABLES).getAll() as IDBRequest<StoredTable[]>);
      return Object.fromEntries(tables.map((table) => [table.datasetId, table]));
    },
    async save(table) {
      // One transaction per table: a failed write (quota exceeded) leaves the table as it was saved before.
      const transaction = db.transaction(TABLES, 'readwrite');
      transaction.objectStore(TABLES).put(table);
      await finished(transaction);
    },
    async remove(datasetId) {
      const transaction = db.transaction(TABLES, 'readwrite');
      transaction.objectStore(TABLES).delete(datasetId);
      await finished(transaction);
    },
    async loadMappings() {
      const transaction = db.transaction(MAPPINGS, 'readonly');
      const rows = await promised(transaction.objectStore(MAPPINGS).getAll() as IDBRequest<StoredMapping[]>);
      return Object.fromEntries(rows.map((row) => [row.wording, row.column]));
    },
    async rememberMappings(mapping) {
      const transaction = db.transaction(MAPPINGS, 'readwrite');
      const store = transaction.objectStore(MAPPINGS);
      for (const [wording, column] of Object.entries(mapping)) store.put({ wording, column } satisfies StoredMapping);
      await finished(transaction);
    },
    async clearMappings() {
      const transaction = db.transaction(MAPPINGS, 'readwrite');
      transaction.objectStore(MAPPINGS).clear();
      await finished(transaction);
    },
  };
}

/** Keeps uploads for the life of the page only. */
export function memoryStore(): UploadStore {
  const tables = new Map<DatasetId, StoredTable>();
  let mappings: Record<string, string> = {};
  return {
    persistent: false,
    loadAll: () => Promise.resolve(Object.fromEntries(tables) as StoredTables),
    save: (table) => {
      tables.set(table.datasetId, table);
      return Promise.resolve();
    },
    remove: (datasetId) => {
      tables.delete(datasetId);
      return Promise.resolve();
    },
    loadMappings: () => Promise.resolve({ ...mappings }),
    rememberMappings: (mapping) => {
      mappings = { ...mappings, ...mapping };
      return Promise.resolve();
    },
    clearMappings: () => {
      mappings = {};
      return Promise.resolve();
    },
  };
}

/**
 * Opens the upload store in IndexedDB, or, where IndexedDB is missing or blocked, an in-memory store that
 * says it is not persistent, so the page keeps working and can tell the analyst uploads will not be kept.
 */
export async function openUploadStore(factory: IDBFactory | undefined = globalThis.indexedDB, waitMs = OPEN_TIMEOUT_MS): Promise<UploadStore> {
  if (!factory) return memoryStore();
  try {
    // An open that another tab blocks, or a browser that never answers, must not leave the page loading for ever.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), waitMs)));
    try {
      return indexedDbStore(await Promise.race([openDatabase(factory), timeout]));
    } finally {
      clearTimeout(timer);
    }
  } catch {
    return memoryStore();
  }
}

/** How long the page waits for IndexedDB to open before it goes on with uploads kept in memory. */
export const OPEN_TIMEOUT_MS = 3000;

/** True when saving failed because the browser's storage for this site is full. */
export function isQuotaExceeded(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'QuotaExceededError';
}

/**
 * Asks the browser to keep this site's storage: Safari otherwise clears it after seven days without a visit,
 * and officials visit rarely. Resolves to whether storage is persistent; false where the API is missing.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
