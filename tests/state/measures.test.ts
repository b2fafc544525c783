import { describe, expect, it } from 'vitest';
import { CARD_MEASURES, formatMeasureValue, MAP_MEASURES, MEASURES, measureOf, SORT_KEYS, TABLE_MEASURES } from '../../src/state/measures';
import { countyTableRows } from '../../src/state/countyTable';
import { sortCounties } from '../../src/state/sortCounties';
import { mapMeasure, mapValues } from '../../src/state/mapMeasures';
import { queryToView, viewToQuery } from '../../src/state/permalink';
import { INITIAL_VIEW } from '../../src/state/viewState';
import { translator } from '../../src/i18n/translate';
import type { CountySummary } from '../../src/data/aggregate/summarise';
import { countySummary, measure } from '../support/figures';

const t = translator('zh');

/** Summaries whose every figure differs, and ranks the counties differently from one figure to the next. */
function summaries(): CountySummary[] {
  const codes = ['140921', '140922', '140923', '140924', '140925'];
  return codes.map((code, i) => {
    const figure = (seed: number) => ((i + 1) * seed * 7919) % 1009;
    return countySummary(code, `县${i}`, {
      households: measure(figure(1)),
      people: measure(figure(2)),
      registered_poor_people: measure(figure(3)),
      registered_poor_share: figure(4) / 1009,
      jobs: i === 2 ? measure(null) : measure(figure(5)),
      relocated_workers: measure(figure(6)),
      income_gain_per_household_yuan: measure(figure(7)),
      people_per_1000_residents: figure(8) / 10,
      jobs_per_1000_residents: i === 4 ? null : figure(9) / 10,
    });
  });
}

describe('the measure registry is where every place finds its measures', () => {
  const rows = summaries();

  it('the table export has one column per table measure, in the registry’s order, holding the figure the measure reads', () => {
    const table = countyTableRows(rows, t);
    expect(TABLE_MEASURES.map((definition) => definition.key)).toEqual(MEASURES.filter((definition) => definition.table).map((definition) => definition.key));
    const first = table.columns.indexOf(t(MEASURES[0].label));
    expect(first).toBeGreaterThan(0);
    TABLE_MEASURES.forEach((definition, offset) => {
      expect(table.columns[first + offset]).toContain(t(definition.label));
      // A share is written as the page writes it, to one decimal.
      const written = (value: number | null) => (value !== null && definition.format === 'share' ? Math.round(value * 10) / 10 : value);
      expect(table.rows.map((row) => row[first + offset])).toEqual(rows.map((row) => written(definition.read(row))));
    });
    expect(table.columns).toHaveLength(first + TABLE_MEASURES.length + 1);
  });

  it.each(MEASURES.filter((definition) => definition.sorts).map((definition) => [definition.key, definition] as const))(
    'the table sorts by %s in the order of the figure the measure reads, unknown last',
    (key, definition) => {
      const sorted = sortCounties(rows, { key, descending: true });
      const figures = sorted.map((row) => definition.read(row));
      const known = figures.filter((figure) => figure !== null);
      expect(known).toEqual([...known].sort((a, b) => b - a));
      expect(figures.slice(known.length).every((figure) => figure === null)).toBe(true);
    },
  );

  it('every sortable measure, and only they, is a sort key the permalink carries', () => {
    expect(SORT_KEYS.filter((key) => key !== 'county')).toEqual(MEASURES.filter((definition) => definition.sorts).map((definition) => definition.key));
    for (const key of SORT_KEYS) {
      const view = { ...INITIAL_VIEW, sort: { key, descending: true } };
      expect(queryToView(viewToQuery(view)).sort).toEqual(view.sort);
    }
  });

  it('every mappable measure is in the map’s picker and the permalink, with the figure, label and unit the measure gives', () => {
    expect(MAP_MEASURES).toEqual(MEASURES.filter((definition) => definition.maps).map((definition) => definition.key));
    for (const key of MAP_MEASURES) {
      const definition = measureOf(key);
      expect(mapValues(rows, key).map((value) => value.value)).toEqual(rows.map((row) => definition.read(row)));
      expect(mapMeasure(key, t).label).toBe(t(definition.mapLabel ?? definition.label));
      expect(queryToView(viewToQuery({ ...INITIAL_VIEW, mapMeasure: key })).mapMeasure).toBe(key);
    }
  });

  it('every measure with a card, and only they, has a headline card, in the cards’ order, each with a test id of its own', () => {
    expect(new Set(CARD_MEASURES)).toEqual(new Set(MEASURES.filter((definition) => 'card' in definition)));
    const orders = CARD_MEASURES.map((definition) => definition.card.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(CARD_MEASURES.map((definition) => definition.card.testId)).size).toBe(CARD_MEASURES.length);
  });

  it('reads every figure from what the summary states: a share or a rate is stated or not as a whole', () => {
    for (const definition of MEASURES) {
      const stated = definition.stated(rows[1]!);
      expect(definition.read(rows[1]!)).toBe(stated.value === null ? null : stated.value * (definition.format === 'share' ? 100 : 1));
    }
    const unknownRate = measureOf('jobs_per_1000_residents').stated(rows[4]!);
    expect(unknownRate).toEqual({ value: null, reported: 0, missing: 1 });
  });

  it('a share is read in per cent, as the table, the map and the export show it', () => {
    const share = MEASURES.find((definition) => definition.format === 'share')!;
    expect(share.read(rows[0]!)).toBeCloseTo(rows[0]!.registered_poor_share! * 100, 10);
  });
});

describe('formatMeasureValue', () => {
  it('writes a count in full, a share (read in per cent) with one decimal, a rate with one decimal', () => {
    expect(formatMeasureValue(12345, 'count', 'en')).toBe('12,345');
    expect(formatMeasureValue(75.43525571273123, 'share', 'en')).toBe('75.4%');
    expect(formatMeasureValue(16.25, 'rate', 'zh')).toBe('16.3');
  });
});
