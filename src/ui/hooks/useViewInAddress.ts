import { useEffect, useRef, type Dispatch } from 'react';
import { queryToView, withView } from '../../state/permalink';
import { isHistoryStep } from '../../state/historyStep';
import type { ViewAction, ViewState } from '../../state/viewState';

/**
 * Writes the view into the page's address on every change, so the address is always a permalink; a change of
 * area or dataset is a history entry of its own, and Back or Forward restores the view the address names.
 */
export function useViewInAddress(view: ViewState, dispatch: Dispatch<ViewAction>): void {
  const written = useRef(view);

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const query = withView(search, view);
    const step = isHistoryStep(written.current, view);
    written.current = view;
    if (query === search) return;
    const address = `${pathname}${query}${hash}`;
    if (step) window.history.pushState(null, '', address);
    else window.history.replaceState(window.history.state, '', address);
  }, [view]);

  useEffect(() => {
    const restore = () => {
      const restored = queryToView(window.location.search);
      // The address already says this view: writing it again would push a second entry for it.
      written.current = restored;
      dispatch({ type: 'restore', view: restored });
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [dispatch]);
}
