// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useWindowDropZone } from '../../../src/ui/hooks/useWindowDropZone';
import { renderHook } from '../renderHook';

// happy-dom's DragEvent carries no DataTransfer: the test gives the event one with the types and files it needs.
function drag(type: 'dragover' | 'dragleave' | 'drop', { types = ['Files'], files = [] as File[], relatedTarget = null as EventTarget | null } = {}) {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.assign(event, { dataTransfer: { types, files }, relatedTarget });
  act(() => void window.dispatchEvent(event));
  return event;
}

describe('useWindowDropZone', () => {
  it('says files are held over the page, and hands them on when they are dropped', () => {
    const onFiles = vi.fn();
    const { result, unmount } = renderHook(() => useWindowDropZone(onFiles), undefined);
    expect(drag('dragover').defaultPrevented).toBe(true);
    expect(result.current).toBe(true);
    const file = new File(['county_code'], 'relocation.csv');
    expect(drag('drop', { files: [file] }).defaultPrevented).toBe(true);
    expect(result.current).toBe(false);
    expect(onFiles).toHaveBeenCalledWith([file]);
    unmount();
  });

  it('stops saying so when the files leave the window, not when they pass from one element to another', () => {
    const { result, unmount } = renderHook(() => useWindowDropZone(vi.fn()), undefined);
    drag('dragover');
    drag('dragleave', { relatedTarget: document.body });
    expect(result.current).toBe(true);
    drag('dragleave');
    expect(result.current).toBe(false);
    unmount();
  });

  it('leaves text and links dragged about the page to the browser', () => {
    const onFiles = vi.fn();
    const { result, unmount } = renderHook(() => useWindowDropZone(onFiles), undefined);
    expect(drag('dragover', { types: ['text/plain'] }).defaultPrevented).toBe(false);
    expect(drag('drop', { types: ['text/plain'] }).defaultPrevented).toBe(false);
    expect(result.current).toBe(false);
    expect(onFiles).not.toHaveBeenCalled();
    unmount();
  });
});
