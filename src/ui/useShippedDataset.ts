import { useCallback, useEffect, useState } from 'react';
import { loadShippedDataset, type LoadedDataset } from '../data/load/loadShippedDataset';
import type { ShippedDatasetId } from '../data/load/shippedDatasets';
import { importFailureOf, type ImportFailureInfo } from '../data/importFailure';

export type LoadState = { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; failure: ImportFailureInfo };

const loaded = new Map<ShippedDatasetId, LoadedDataset>();

/** Loads a shipped dataset once per page and keeps it; a failed load can be retried. */
export function useShippedDataset(id: ShippedDatasetId): { state: LoadState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<{ id: ShippedDatasetId; attempt: number; failure: ImportFailureInfo } | null>(null);
  const [, setLoadedCount] = useState(0);

  useEffect(() => {
    if (loaded.has(id)) return undefined;
    let current = true;
    loadShippedDataset(id).then(
      (dataset) => {
        loaded.set(id, dataset);
        if (current) setLoadedCount((n) => n + 1);
      },
      (error: unknown) => {
        if (current) setFailure({ id, attempt, failure: importFailureOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const dataset = loaded.get(id);
  if (dataset) return { state: { status: 'ready', dataset }, retry };
  if (failure && failure.id === id && failure.attempt === attempt) return { state: { status: 'error', failure: failure.failure }, retry };
  return { state: { status: 'loading' }, retry };
}
