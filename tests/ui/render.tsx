import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nContext } from '../../src/ui/common/I18nContext';
import { translator, type Lang } from '../../src/i18n/translate';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a component in a language into a detached element; unmount when done. */
export function render(node: ReactNode, lang: Lang = 'zh'): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<I18nContext.Provider value={{ lang, t: translator(lang) }}>{node}</I18nContext.Provider>));
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}
