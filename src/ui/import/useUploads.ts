import { startTransition, useCallback, useEffect, useState } from 'react';
import type { DatasetId } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import { applyUploads, type ApplyMode } from '../../data/uploads/applyUpload';
import { inOwnTask } from './inOwnTask';
import { isQuotaExceeded, openUploadStore, requestPersistentStorage, type StoredTables, type UploadStore } from '../../data/store/uploadStore';

export type StorageNotice = 'not-persistent' | 'save-failed' | 'quota-exceeded' | 'load-failed' | null;

export interface Uploads {
  /** False until the saved uploads have been read, so the page does not flash the shipped figures first. */
  ready: boolean;
  tables: StoredTables;
  notice: StorageNotice;
  /** Applies one file's import, or a workbook's sheets together (one change of the page, never part of them). */
  apply: (results: readonly ImportResult[], mode: ApplyMode) => void;
  reset: (datasetId: DatasetId) => void;
}

let storePromise: Promise<UploadStore> | null = null;

/** The one store of this page's uploads and column mappings, opened once. */
export function sharedUploadStore(): Promise<UploadStore> {
  return (storePromise ??= openUploadStore());
}

/** The uploads applied on this device: read from IndexedDB on load, saved on apply, removed on reset. */
export function useUploads(): Uploads {
  const [store, setStore] = useState<UploadStore | null>(null);
  const [tables, setTables] = useState<StoredTables>({});
  const [notice, setNotice] = useState<StorageNotice>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let current = true;
    void sharedUploadStore().then(async (opened) => {
      let saved: StoredTables = {};
      let loadFailed = false;
      try {
        saved = await opened.loadAll();
      } catch {
        loadFailed = true;
      }
      if (!current) return;
      // Anything applied while the saved uploads were still being read stays: it is newer.
      setTables((applied) => ({ ...saved, ...applied }));
      setStore(opened);
      setReady(true);
      if (loadFailed) setNotice('load-failed');
      else if (!opened.persistent) setNotice('not-persistent');
    });
    return () => {
      current = false;
    };
  }, []);

  const apply = useCallback(
    (results: readonly ImportResult[], mode: ApplyMode) => {
      const changed = applyUploads(results, mode, tables, new Date());
      // The page changes at once; if saving fails, the previously saved state is untouched and the analyst is told.
      // A transition: React renders the new page in slices, between which the browser stays responsive.
      startTransition(() => setTables((before) => ({ ...before, ...Object.fromEntries(changed.map((table) => [table.datasetId, table])) })));
      if (!store?.persistent) return;
      void requestPersistentStorage();
      // Saving copies every record (structured clone): in a task of its own, not the one that redraws the page.
      inOwnTask(() => {
        Promise.all(changed.map((table) => store.save(table))).then(
          () => setNotice(null),
          (error: unknown) => setNotice(isQuotaExceeded(error) ? 'quota-exceeded' : 'save-failed'),
        );
      });
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
      store?.remove(datasetId).catch(() => setNotice('save-failed'));
    },
    [store],
  );

  return { ready, tables, notice, apply, reset };
}
