import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** What the region holds, for screen readers: the table's title. */
  label: string;
  className?: string;
  id?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A table wider (or taller) than the screen, in a box that scrolls: focusable and named, so a keyboard can scroll it
 * and a screen reader says what it is (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, className, id, testId, children }: ScrollRegionProps) {
  return (
    <div className={className ? `table-scroll ${className}` : 'table-scroll'} id={id} data-testid={testId} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
