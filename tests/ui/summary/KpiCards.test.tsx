// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { KpiCards } from '../../../src/ui/summary/KpiCards';
import { I18nContext } from '../../../src/ui/common/I18nContext';
import { CARD_MEASURES } from '../../../src/state/measures';
import { translator, type Lang } from '../../../src/i18n/translate';
import type { FigureSummary } from '../../../src/data/aggregate/summarise';
import { figureSummary, measure } from '../../support/figures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function cards(summary: FigureSummary, lang: Lang = 'zh') {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nContext.Provider value={{ lang, t: translator(lang) }}>
        <KpiCards summary={summary} />
      </I18nContext.Provider>,
    ),
  );
  const read = [...container.querySelectorAll('.kpi')].map((card) => ({
    testId: card.querySelector('.kpi-value')?.getAttribute('data-testid'),
    value: card.querySelector('.kpi-value')?.textContent,
    details: [...card.querySelectorAll('.kpi-detail')].map((detail) => detail.textContent),
  }));
  act(() => root.unmount());
  return read;
}

const t = translator('zh');

describe('the headline cards', () => {
  it('are one per measure the registry gives a card, in its order', () => {
    expect(cards(figureSummary()).map((card) => card.testId)).toEqual(CARD_MEASURES.map((definition) => definition.card.testId));
  });

  it('write a stated figure in full, a rate with one decimal', () => {
    const shown = cards(figureSummary({ people: measure(3676), people_per_1000_residents: 16.25 }));
    expect(shown.find((card) => card.testId === 'kpi-relocated-people')?.value).toBe('3,676');
    expect(shown.find((card) => card.testId === 'kpi-people-per-1000-residents')?.value).toBe('16.3');
  });

  it('tell a figure no row states from one the data has no column for, and never show either as 0', () => {
    const shown = cards(figureSummary({ jobs: measure(null, 0, 2) }));
    expect(shown.find((card) => card.testId === 'kpi-jobs')?.value).toBe(t('kpi.unknown'));
    expect(shown.find((card) => card.testId === 'kpi-relocated-workers')?.value).toBe(t('kpi.notInData'));
  });

  it('say how many rows leave a stated figure blank, and what a figure was computed from', () => {
    const shown = cards(figureSummary({ households: measure(1855, 2, 1), householdsDerived: true }));
    expect(shown.find((card) => card.testId === 'kpi-relocated-households')?.details).toEqual([t('kpi.derivedHouseholds'), t('kpi.partial', { missing: 1 })]);
  });
});
