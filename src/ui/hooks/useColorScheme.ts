import { useSyncExternalStore } from 'react';
import type { ColorScheme } from '../../charts/colorScheme';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The reader's colour scheme as the system sets it now. */
export function currentColorScheme(): ColorScheme {
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** The reader's colour scheme, following a change while the page is open. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, currentColorScheme, () => 'light');
}
