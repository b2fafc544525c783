// @vitest-environment happy-dom
import { formatLarge } from '../../../src/i18n/format';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { KpiCards } from '../../../src/ui/summary/KpiCards';
import { I18nContext } from '../../../src/ui/common/I18nContext';
import { CARD_MEASURES } from '../../../src/state/measures';
import { translator, type Lang } from '../../../src/i18n/translate';
import type { FigureSummary } from '../../../src/data/aggregate/summarise';
import type { DatasetId } from '../../../src/data/schema';
import type { CardView } from '../../../src/state/cardViews';
import { figureSummary, measure } from '../../support/figures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EVERY_CARD: CardView[] = CARD_MEASURES.map((definition) => ({ definition, period: '2016-2020', reason: null, knownParts: null }));

const STATED: Record<DatasetId, string[] | null> = { relocation: null, sites: null, jobs: null, income: null, population: null };

function cards(summary: FigureSummary, lang: Lang = 'zh', views: readonly CardView[] = EVERY_CARD, from = STATED) {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nContext.Provider value={{ lang, t: translator(lang) }}>
        <KpiCards summary={summary} cards={views} figuresFrom={from} />
      </I18nContext.Provider>,
    ),
  );
  const read = [...container.querySelectorAll('.kpi')].map((card) => ({
    testId: card.querySelector('.kpi-value')?.getAttribute('data-testid'),
    value: card.querySelector('.kpi-value')?.textContent,
    label: card.querySelector('.kpi-label')?.textContent,
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

  it('say a figure is not stated in one word, with its cause under it, and never show it as 0', () => {
    const views = EVERY_CARD.map((view) =>
      view.definition.key === 'jobs' ? { ...view, reason: { kind: 'wider-period', periods: ['2016-2020'] } as const } : view,
    );
    const jobs = cards(figureSummary({ jobs: measure(null, 0, 2) }), 'zh', views).find((card) => card.testId === 'kpi-jobs');
    expect(jobs?.value).toBe(t('kpi.unknown'));
    expect(jobs?.details).toEqual([t('missing.widerPeriod', { periods: '2016-2020' })]);
  });

  it('say whose figure it is when the area does not state it and its parts stand for it', () => {
    const from = { ...STATED, income: ['代县'] };
    const shown = cards(figureSummary({ people: measure(3676), income_gain_per_household_yuan: measure(1871) }), 'zh', EVERY_CARD, from);
    const income = shown.find((card) => card.testId === 'kpi-income-gain-per-household');
    expect(income?.details).toContain(t('kpi.fromParts', { places: '代县' }));
    expect(shown.find((card) => card.testId === 'kpi-relocated-people')?.details).not.toContain(t('kpi.fromParts', { places: '代县' }));
  });

  it('say a figure the source words as approximate is one, and nothing of an exact one', () => {
    const shown = cards(figureSummary({ people: measure(3676), registered_poor_people: { ...measure(9_600_000), approximate: true } }));
    expect(shown.find((card) => card.testId === 'kpi-registered-poor-people')?.details).toContain(t('kpi.approximate'));
    expect(shown.find((card) => card.testId === 'kpi-relocated-people')?.details).not.toContain(t('kpi.approximate'));
  });

  it('say beside an unstated count what the places one step down state of it, as theirs', () => {
    const views = EVERY_CARD.map((view) =>
      view.definition.key === 'people'
        ? { ...view, reason: { kind: 'not-stated' } as const, knownParts: { level: 'province' as const, places: 17, value: 5_413_000 } }
        : view,
    );
    const people = cards(figureSummary({ people: measure(null, 0, 1) }), 'zh', views).find((card) => card.testId === 'kpi-relocated-people');
    expect(people?.value).toBe(t('kpi.unknown'));
    expect(people?.details).toContain(t('kpi.knownParts', { count: 17, noun: '省份', value: formatLarge(5_413_000, 'zh'), unit: '人' }));
  });

  it('name the years of a stated figure, and none for a figure not stated', () => {
    const shown = cards(figureSummary({ people: measure(3676) }));
    expect(shown.find((card) => card.testId === 'kpi-relocated-people')?.label).toContain('2016-2020');
    expect(shown.find((card) => card.testId === 'kpi-jobs')?.label).not.toContain('2016-2020');
  });

  it('say how many rows leave a stated figure blank, and what a figure was computed from', () => {
    const derivedAll = figureSummary({ households: measure(1855, 2, 1), householdsDerived: true, derived_households: measure(1855) });
    expect(cards(derivedAll).find((card) => card.testId === 'kpi-relocated-households')?.details).toEqual([
      t('kpi.derivedHouseholds'),
      t('kpi.partial', { missing: 1 }),
    ]);
  });

  it('name the part of a figure that was computed when the rest was stated', () => {
    const appended = figureSummary({ households: measure(5889, 2), householdsDerived: true, derived_households: measure(1855) });
    expect(cards(appended).find((card) => card.testId === 'kpi-relocated-households')?.details).toEqual([t('kpi.derivedHouseholdsPart', { derived: '1,855' })]);
  });

  it('give a share over the people whose records state it, and say so when that is not everyone', () => {
    const summary = figureSummary({
      people: measure(59200, 2),
      registered_poor_people: measure(44779, 1, 1),
      registered_poor_share: 44779 / 56900,
      registered_poor_basis: { whole: 56900, unstatedPeople: 2300 },
    });
    const [detail] = cards(summary).find((card) => card.testId === 'kpi-registered-poor-people')?.details ?? [];
    expect(detail).toContain('78.7%');
    expect(detail).toContain(t('kpi.shareBasis', { whole: '56,900', unstated: '2,300' }));
  });
});
