// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { useViewInAddress } from '../../../src/ui/hooks/useViewInAddress';
import { usePageLanguage } from '../../../src/ui/hooks/usePageLanguage';
import { INITIAL_VIEW, type ViewState } from '../../../src/state/viewState';
import type { Lang } from '../../../src/i18n/translate';
import { renderHook } from '../renderHook';

describe('useViewInAddress', () => {
  it('writes each view into the address, keeping the path, other parameters and fragment, without a new history entry', () => {
    window.history.replaceState(null, '', '/relocation/dashboard/?utm=x#charts');
    const entries = window.history.length;
    const hook = renderHook<ViewState, void>((view) => useViewInAddress(view, () => {}), { ...INITIAL_VIEW, lang: 'en' });
    expect(window.location.pathname).toBe('/relocation/dashboard/');
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en');
    expect(new URLSearchParams(window.location.search).get('utm')).toBe('x');
    expect(window.location.hash).toBe('#charts');
    hook.rerender({ ...INITIAL_VIEW, lang: 'zh' });
    expect(new URLSearchParams(window.location.search).has('lang')).toBe(false);
    expect(window.history.length).toBe(entries);
    hook.unmount();
  });

  it('makes a change of area a history entry of its own, so Back goes up a level', () => {
    window.history.replaceState(null, '', '/dashboard/');
    const entries = window.history.length;
    const hook = renderHook<ViewState, void>((view) => useViewInAddress(view, () => {}), INITIAL_VIEW);
    hook.rerender({ ...INITIAL_VIEW, area: '140000' });
    expect(new URLSearchParams(window.location.search).get('area')).toBe('140000');
    expect(window.history.length).toBe(entries + 1);
    hook.rerender({ ...INITIAL_VIEW, area: '140000', sort: { key: 'households', descending: true } });
    expect(window.history.length).toBe(entries + 1);
    hook.unmount();
  });

  it('restores the view the address names when the browser goes Back or Forward, without writing a new entry', () => {
    window.history.replaceState(null, '', '/dashboard/');
    const dispatch = vi.fn();
    const hook = renderHook<ViewState, void>((view) => useViewInAddress(view, dispatch), { ...INITIAL_VIEW, area: '140923', lang: 'en' });
    // Where Back lands: the entry of the prefecture the reader came from.
    window.history.replaceState(null, '', '/dashboard/?area=140900&lang=en');
    const entries = window.history.length;
    window.dispatchEvent(new PopStateEvent('popstate'));
    const restored: ViewState = { ...INITIAL_VIEW, area: '140900', lang: 'en' };
    expect(dispatch).toHaveBeenCalledWith({ type: 'restore', view: restored });
    hook.rerender(restored);
    expect(window.history.length).toBe(entries);
    expect(new URLSearchParams(window.location.search).get('area')).toBe('140900');
    hook.unmount();
  });
});

describe('usePageLanguage', () => {
  it('sets the document’s title and language, and follows a change', () => {
    const hook = renderHook<{ lang: Lang; title: string }, void>(({ lang, title }) => usePageLanguage(lang, title), { lang: 'zh', title: '易地扶贫搬迁' });
    expect([document.title, document.documentElement.lang]).toEqual(['易地扶贫搬迁', 'zh-CN']);
    hook.rerender({ lang: 'en', title: 'Poverty relocation' });
    expect([document.title, document.documentElement.lang]).toEqual(['Poverty relocation', 'en']);
    hook.unmount();
  });
});
