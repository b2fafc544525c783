import { useCallback, useId, useState } from 'react';

/** A button that shows and hides a panel: its state, and the attributes that tie the two together for assistive technology. */
/** `panelId` names the panel where a stable id is wanted (links and styles point at it); otherwise one is made. */
export function useDisclosure(fixedPanelId?: string) {
  const [open, setOpen] = useState(false);
  const madeId = useId();
  const panelId = fixedPanelId ?? madeId;
  const toggle = useCallback(() => setOpen((was) => !was), []);
  return {
    open,
    setOpen,
    panelId,
    /** Spread on the button: it says whether the panel is open and, while it is, which element it is. */
    buttonProps: { 'aria-expanded': open, 'aria-controls': open ? panelId : undefined, onClick: toggle },
  };
}
