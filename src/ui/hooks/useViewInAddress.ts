import { useEffect } from 'react';
import { withView } from '../../state/permalink';
import type { ViewState } from '../../state/viewState';

/** Writes the view into the page's address on every change, so the address is always a permalink. */
export function useViewInAddress(view: ViewState): void {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const query = withView(search, view);
    if (query !== search) window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
  }, [view]);
}
