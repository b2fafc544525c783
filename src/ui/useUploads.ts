import { useCallback, useEffect, useState } from 'react';
import type { DatasetId } from '../data/schema';
import type { ImportResult } from '../data/importTable';
import type { RecordsByDataset } from '../data/types';
import { applyUpload, type ApplyMode } from '../data/uploads/applyUpload';
import { openUploadStore, requestPersistentStorage, type StoredTables, type UploadStore } from '../data/store/uploadStore';

export type StorageNotice = 'not-persistent' | 'save-failed' | null;

export interface Uploads {
  /** False until the saved uploads have been read, so the page does not flash the shipped figures first. */
  ready: boolean;
  tables: StoredTables;
  notice: StorageNotice;
  apply: <Id extends DatasetId>(result: ImportResult<Id>, mode: ApplyMode, shown: readonly RecordsByDataset[Id][]) => void;
  reset: (datasetId: DatasetId) => void;
}

let storePromise: Promise<UploadStore> | null = null;

/** The uploads applied on this device: read from IndexedDB on load, saved on apply, removed on reset. */
export function useUploads(): Uploads {
  const [store, setStore] = useState<UploadStore | null>(null);
  const [tables, setTables] = useState<StoredTables>({});
  const [notice, setNotice] = useState<StorageNotice>(null);

  useEffect(() => {
    let current = true;
    storePromise ??= openUploadStore();
    void storePromise
      .then(async (opened) => {
        const saved = await opened.loadAll().catch(() => ({}));
        if (!current) return;
        setTables(saved);
        setStore(opened);
        if (!opened.persistent) setNotice('not-persistent');
      })
      .catch(() => {
        if (current) setNotice('not-persistent');
      });
    return () => {
      current = false;
    };
  }, []);

  const apply = useCallback(
    <Id extends DatasetId>(result: ImportResult<Id>, mode: ApplyMode, shown: readonly RecordsByDataset[Id][]) => {
      const previous = tables[result.datasetId];
      const table = applyUpload(result, mode, shown, previous, new Date());
      // The page changes at once; if saving fails, the previously saved state is untouched and the analyst is told.
      setTables((before) => ({ ...before, [table.datasetId]: table }));
      if (!store?.persistent) return;
      void requestPersistentStorage();
      store.save(table).then(
        () => setNotice(null),
        () => setNotice('save-failed'),
      );
    },
    [store, tables],
  );

  const reset = useCallback(
    (datasetId: DatasetId) => {
      setTables((before) => {
        const rest = { ...before };
        delete rest[datasetId];
        return rest;
      });
      void store?.remove(datasetId).catch(() => setNotice('save-failed'));
    },
    [store],
  );

  return { ready: store !== null || notice !== null, tables, notice, apply, reset };
}
