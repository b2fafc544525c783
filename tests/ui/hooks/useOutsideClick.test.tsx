// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useOutsideClick } from '../../../src/ui/hooks/useOutsideClick';
import { renderHook } from '../renderHook';

function press(target: Element) {
  act(() => {
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  });
}

describe('useOutsideClick', () => {
  const area = document.createElement('section');
  const inside = area.appendChild(document.createElement('button'));
  const elsewhere = document.createElement('p');
  document.body.append(area, elsewhere);
  const ref = { current: area };

  it('calls back on a press outside the area while active, not on one inside it', () => {
    const onOutside = vi.fn();
    const hook = renderHook(({ active }) => useOutsideClick(ref, active, onOutside), { active: true });
    press(inside);
    expect(onOutside).not.toHaveBeenCalled();
    press(elsewhere);
    expect(onOutside).toHaveBeenCalledTimes(1);
    hook.unmount();
  });

  it('listens only while active, and not after it is gone', () => {
    const onOutside = vi.fn();
    const hook = renderHook(({ active }) => useOutsideClick(ref, active, onOutside), { active: false });
    press(elsewhere);
    hook.rerender({ active: true });
    hook.unmount();
    press(elsewhere);
    expect(onOutside).not.toHaveBeenCalled();
  });
});
