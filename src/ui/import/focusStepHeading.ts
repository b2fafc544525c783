/**
 * Moves the focus to a dialog step's heading when the focus is no longer in the dialog: each step of the import
 * dialog replaces the last, and the button that had the focus (Cancel while reading) goes with it. A keyboard then
 * stays in the dialog, and a screen reader says what came.
 */
export function focusStepHeading(heading: HTMLElement | null): void {
  const dialog = heading?.closest('dialog');
  if (heading && dialog && !dialog.contains(document.activeElement)) heading.focus();
}
