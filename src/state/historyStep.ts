import type { ViewState } from './viewState';

/**
 * Whether a change of view is a step the browser's Back button should undo: going to another area (a drill
 * down, a breadcrumb up) or another dataset is a new page to a reader; a filter, a sort or the language is
 * the same page rearranged, and only rewrites the address.
 */
export function isHistoryStep(before: ViewState, after: ViewState): boolean {
  return before.area !== after.area || before.dataset !== after.dataset;
}
