// Runs a hook inside a real React root on happy-dom's document, for the hooks' tests (no testing library needed
// for what they check: the state a hook returns and the listeners it leaves behind).
import { act } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function renderHook<Props, Result>(hook: (props: Props) => Result, initialProps: Props) {
  const result = { current: undefined as Result };
  function Probe({ props }: { props: Props }) {
    result.current = hook(props);
    return null;
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Probe props={initialProps} />));
  return {
    result,
    rerender: (props: Props) => act(() => root.render(<Probe props={props} />)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
