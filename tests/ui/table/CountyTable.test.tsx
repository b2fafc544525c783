// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CountyTable } from '../../../src/ui/table/CountyTable';
import { INITIAL_VIEW, type ViewAction } from '../../../src/state/viewState';
import { summariseChildren } from '../../../src/data/aggregate/summariseChildren';
import { countiesListedIn } from '../../../src/data/adminDivisions';
import { translator } from '../../../src/i18n/translate';
import { formatNumber } from '../../../src/i18n/format';
import { dataset, period, relocation } from '../../data/support/records';
import { click, render } from '../render';

const PLAN = period(2016, 2020);
const NATIONAL = dataset({
  relocation: [
    relocation({ county_code: '140000', county: '山西省', people: 472_000, period: PLAN, prefecture: null }),
    relocation({ county_code: '140923', county: '代县', people: 3_676, period: PLAN }),
    relocation({ county_code: '520000', county: '贵州省', people: 1_880_000, period: PLAN, province: '贵州省', prefecture: null }),
  ],
});

function table(dispatch: (action: ViewAction) => void = () => {}) {
  const rows = summariseChildren(NATIONAL, '100000');
  const props = { period: '2016-2020', dataset: 'china', sort: INITIAL_VIEW.sort, synthetic: false, sources: [], area: '全国' };
  return render(<CountyTable counties={rows} {...props} dispatch={dispatch} />);
}

describe('the table of the places one step down', () => {
  it('says for each place how many of its counties are known and what their people add up to beside its stated figure', () => {
    const { container, unmount } = table();
    const t = translator('zh');
    const n = (value: number) => formatNumber(value, 'zh');
    const shanxi = container.querySelector('[data-area-code="140000"] [data-field="coverage"]')?.textContent;
    expect(shanxi).toBe(
      t('table.coverageCounties', { known: '1', listed: n(countiesListedIn('140000')) }) + t('table.coveragePeople', { parts: n(3_676), stated: n(472_000) }),
    );
    const guizhou = container.querySelector('[data-area-code="520000"] [data-field="coverage"]')?.textContent;
    expect(guizhou).toBe(t('table.coverageCounties', { known: '0', listed: n(countiesListedIn('520000')) }));
    unmount();
  });

  it('drills into a place by its name, and opens its own figures and sources from its sources button', () => {
    const actions: ViewAction[] = [];
    const { container, unmount } = table((action) => actions.push(action));
    click(container.querySelector('[data-area-code="140000"] [data-action="drill"]'));
    click(container.querySelector('[data-area-code="520000"] [data-action="sources"]'));
    expect(actions).toEqual([
      { type: 'set-area', area: '140000' },
      { type: 'select-county', code: '520000' },
    ]);
    unmount();
  });
});
