// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { useDisclosure } from '../../../src/ui/hooks/useDisclosure';
import { renderHook } from '../renderHook';

describe('useDisclosure', () => {
  it('starts closed, and its button names the panel only while it is open', () => {
    const { result, unmount } = renderHook(() => useDisclosure('chart-table-x'), undefined);
    expect(result.current.buttonProps).toMatchObject({ 'aria-expanded': false, 'aria-controls': undefined });
    act(() => result.current.buttonProps.onClick());
    expect(result.current.open).toBe(true);
    expect(result.current.buttonProps).toMatchObject({ 'aria-expanded': true, 'aria-controls': 'chart-table-x' });
    act(() => result.current.buttonProps.onClick());
    expect(result.current.open).toBe(false);
    unmount();
  });

  it('makes a panel id of its own when none is given, a different one for each disclosure', () => {
    const first = renderHook(() => useDisclosure(), undefined);
    const second = renderHook(() => useDisclosure(), undefined);
    expect(first.result.current.panelId).not.toBe('');
    expect(first.result.current.panelId).not.toBe(second.result.current.panelId);
    first.unmount();
    second.unmount();
  });
});
