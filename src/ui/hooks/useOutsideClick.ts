import { useEffect, type RefObject } from 'react';

/** While `active`, a press anywhere outside `area` calls `onOutside`, as tapping beside a sheet closes it on a phone. */
export function useOutsideClick(area: RefObject<Element | null>, active: boolean, onOutside: () => void): void {
  useEffect(() => {
    if (!active) return undefined;
    const pressed = (event: PointerEvent) => {
      if (event.target instanceof Node && !area.current?.contains(event.target)) onOutside();
    };
    document.addEventListener('pointerdown', pressed);
    return () => document.removeEventListener('pointerdown', pressed);
  }, [area, active, onOutside]);
}
