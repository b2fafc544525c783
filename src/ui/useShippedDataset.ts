import { useCallback, useEffect, useState } from 'react';
import { loadShippedDataset, type LoadedDataset } from '../data/load/loadShippedDataset';
import type { ShippedDatasetId } from '../data/load/shippedDatasets';

export type LoadState = { status: 'loading' } | { status: 'ready'; dataset: LoadedDataset } | { status: 'error'; message: string };

const loaded = new Map<ShippedDatasetId, LoadedDataset>();

/** Loads a shipped dataset once per page and keeps it; a failed load can be retried. */
export function useShippedDataset(id: ShippedDatasetId): { state: LoadState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>(() => {
    const cached = loaded.get(id);
    return cached ? { status: 'ready', dataset: cached } : { status: 'loading' };
  });

  useEffect(() => {
    const cached = loaded.get(id);
    if (cached) {
      setState({ status: 'ready', dataset: cached });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    loadShippedDataset(id).then(
      (dataset) => {
        loaded.set(id, dataset);
        if (current) setState({ status: 'ready', dataset });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
