// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Breadcrumb } from '../../../src/ui/navigation/Breadcrumb';
import type { ViewAction } from '../../../src/state/viewState';
import { translator } from '../../../src/i18n/translate';
import { click, render } from '../render';

const PATH = [
  { code: '100000', name: '全国' },
  { code: '140000', name: '山西省' },
  { code: '140900', name: '忻州市' },
  { code: '140923', name: '代县' },
];

describe('the breadcrumb', () => {
  it('names every place from the nation down, the nation in the page’s language, the last as the current page', () => {
    const { container, unmount } = render(<Breadcrumb path={PATH} dispatch={() => {}} />, 'en');
    const items = [...container.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([translator('en')('area.nation'), '山西省', '忻州市', '代县']);
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('代县');
    expect(container.querySelectorAll('button')).toHaveLength(3);
    unmount();
  });

  it('goes back up to the place chosen', () => {
    const actions: ViewAction[] = [];
    const { container, unmount } = render(<Breadcrumb path={PATH} dispatch={(action) => actions.push(action)} />);
    click(container.querySelector('[data-area-code="140000"] button'));
    click(container.querySelector('[data-area-code="100000"] button'));
    expect(actions).toEqual([
      { type: 'set-area', area: '140000' },
      { type: 'set-area', area: '100000' },
    ]);
    unmount();
  });
});
