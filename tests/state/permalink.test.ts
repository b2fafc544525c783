import { describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../src/state/buildDashboard';
import { embedHeight, embeddedChart, embedSnippet, embedUrl, queryToView, viewToQuery, withView } from '../../src/state/permalink';
import { INITIAL_VIEW, type ViewState } from '../../src/state/viewState';

const everything: ViewState = {
  lang: 'en',
  dataset: 'demo',
  area: '140900',
  counties: ['140921', '140922'],
  period: { from: 2018, to: 2020, label: '2018-2020' },
  selectedCounty: '140921',
  sort: { key: 'households', descending: false },
  jobsMeasure: 'units',
  group: 'prefecture',
  mapMeasure: 'jobs',
  progressUnit: 'yuan',
};

describe('viewToQuery', () => {
  it('writes nothing for the view the page opens on', () => {
    expect(viewToQuery(INITIAL_VIEW)).toBe('');
  });

  it('writes every choice, with readable commas, in a fixed order', () => {
    expect(viewToQuery(everything)).toBe(
      '?lang=en&dataset=demo&area=140900&counties=140921,140922&period=2018-2020&county=140921&sort=households&jobs=units&group=prefecture&map=jobs&progress=yuan',
    );
  });

  it('writes a descending sort with a leading minus, and leaves the default sort out', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, sort: { key: 'jobs', descending: true } })).toBe('?sort=-jobs');
    expect(viewToQuery({ ...INITIAL_VIEW, sort: { key: 'people', descending: false } })).toBe('?sort=people');
    expect(viewToQuery({ ...INITIAL_VIEW, sort: { key: 'people', descending: true } })).toBe('');
  });

  it('writes the area drilled to as one code, which is its whole path, and nothing for the nation', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, area: '140923' })).toBe('?area=140923');
    expect(queryToView('?area=140923').area).toBe('140923');
    expect(queryToView('?area=14').area).toBe(INITIAL_VIEW.area);
    expect(viewToQuery({ ...INITIAL_VIEW, area: '100000' })).toBe('');
  });

  it('writes the grouping only when rows are not counties', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, group: 'prefecture' })).toBe('?group=prefecture');
    expect(viewToQuery({ ...INITIAL_VIEW, group: 'province' })).toBe('?group=province');
    expect(viewToQuery({ ...INITIAL_VIEW, group: 'county' })).toBe('');
  });

  it('writes the map’s measure only when it is not relocated people, and reads back only a measure the map has', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, mapMeasure: 'people_per_1000_residents' })).toBe('?map=people_per_1000_residents');
    expect(viewToQuery({ ...INITIAL_VIEW, mapMeasure: 'people' })).toBe('');
    expect(queryToView('?map=people_per_1000_residents').mapMeasure).toBe('people_per_1000_residents');
    expect(queryToView('?map=<script>').mapMeasure).toBe('people');
    expect(queryToView('?progress=yuan').progressUnit).toBe('yuan');
    expect(queryToView('?progress=dollars').progressUnit).toBe('people');
  });

  it('writes a single year as the year alone', () => {
    expect(viewToQuery({ ...INITIAL_VIEW, period: { from: 2019, to: 2019, label: '2019' } })).toBe('?period=2019');
  });
});

describe('queryToView', () => {
  const views: [string, ViewState][] = [
    ['the opening view', INITIAL_VIEW],
    ['every choice at once', everything],
    ['English only', { ...INITIAL_VIEW, lang: 'en' }],
    ['the demo data only', { ...INITIAL_VIEW, dataset: 'demo' }],
    ['one county', { ...INITIAL_VIEW, counties: ['140923'] }],
    ['one year', { ...INITIAL_VIEW, period: { from: 2019, to: 2019, label: '2019' } }],
    ['a selected county', { ...INITIAL_VIEW, selectedCounty: '140923' }],
    ['the county column, ascending', { ...INITIAL_VIEW, sort: { key: 'county', descending: false } }],
    ['the county column, descending', { ...INITIAL_VIEW, sort: { key: 'county', descending: true } }],
    ['income gain, largest first', { ...INITIAL_VIEW, sort: { key: 'income_gain_per_household_yuan', descending: true } }],
    ['a jobs measure', { ...INITIAL_VIEW, jobsMeasure: 'relocated_workers' }],
    ['rows grouped by prefecture', { ...INITIAL_VIEW, group: 'prefecture' }],
    ['rows grouped by province', { ...INITIAL_VIEW, group: 'province' }],
    ['people per 1,000 residents, largest first', { ...INITIAL_VIEW, sort: { key: 'people_per_1000_residents', descending: true } }],
  ];

  it.each(views)('restores %s exactly from its query', (_, view) => {
    expect(queryToView(viewToQuery(view))).toEqual(view);
  });

  it('reads a query with or without its leading question mark, and ignores parameters it does not know', () => {
    expect(queryToView('lang=en&dataset=demo&utm_source=mail&embed=people-by-county')).toEqual({ ...INITIAL_VIEW, lang: 'en', dataset: 'demo' });
    expect(queryToView('?lang=en')).toEqual({ ...INITIAL_VIEW, lang: 'en' });
  });

  it('reads percent-encoded commas as commas', () => {
    expect(queryToView('?counties=140921%2C140922').counties).toEqual(['140921', '140922']);
  });

  it('keeps the default for each value it does not recognise', () => {
    const view = queryToView('?lang=fr&dataset=shanxi&counties=abc,1409&period=next-year&county=DROP%20TABLE&sort=-population&jobs=salaries&group=township');
    expect(view).toEqual(INITIAL_VIEW);
  });

  it('keeps the well-formed county codes of a list and drops the rest and repeats', () => {
    expect(queryToView('?counties=140921,x,1409221,140921,,140922').counties).toEqual(['140921', '140922']);
  });

  it('rejects a period that runs backwards, lies outside plausible years, or is not in the canonical form', () => {
    for (const period of ['2020-2018', '1800', '2019-3000', '2019年', '十三五', '2019-', '-2019', '20190']) {
      expect(queryToView(`?period=${encodeURIComponent(period)}`).period).toBeNull();
    }
  });

  it('rejects a sort key that is only almost right', () => {
    for (const sort of ['--people', 'People', '-', '', 'people-']) {
      expect(queryToView(`?sort=${encodeURIComponent(sort)}`).sort).toEqual(INITIAL_VIEW.sort);
    }
  });

  it('reads only the three grouping levels, as written', () => {
    for (const group of ['Prefecture', 'city', '', 'county,province']) expect(queryToView(`?group=${encodeURIComponent(group)}`).group).toBe('county');
  });

  it('takes the first of a repeated parameter', () => {
    expect(queryToView('?lang=en&lang=zh').lang).toBe('en');
  });

  it('never throws, whatever the query', () => {
    for (const search of ['%', '?%E0%A4%A', '?&&==&', '?lang', '?counties=' + ','.repeat(1000), '?period=%00', '?sort=-', '#lang=en', '?embed=<script>']) {
      expect(() => queryToView(search)).not.toThrow();
      expect(queryToView(search)).toEqual(INITIAL_VIEW);
    }
  });

  it('returns a new view each time, never the shared opening view', () => {
    const view = queryToView('');
    expect(view).toEqual(INITIAL_VIEW);
    expect(view).not.toBe(INITIAL_VIEW);
  });
});

describe('withView', () => {
  it('replaces the view parameters and keeps the others, such as embed, after them', () => {
    expect(withView('?embed=people-by-county&lang=en&counties=140921', { ...INITIAL_VIEW, dataset: 'demo' })).toBe('?dataset=demo&embed=people-by-county');
  });

  it('drops view parameters now at their default, leaving no query at all when nothing else is there', () => {
    expect(withView('?lang=en&sort=-jobs', INITIAL_VIEW)).toBe('');
  });

  it('is the view’s own query when the page had none', () => {
    expect(withView('', everything)).toBe(viewToQuery(everything));
  });
});

describe('embeddedChart', () => {
  it('names the chart a link asks for', () => {
    expect(embeddedChart('?lang=en&embed=income-by-county', CHART_NAMES)).toBe('income-by-county');
  });

  it('is null without an embed parameter or for a name that is not a chart', () => {
    expect(embeddedChart('?lang=en', CHART_NAMES)).toBeNull();
    expect(embeddedChart('?embed=', CHART_NAMES)).toBeNull();
    expect(embeddedChart('?embed=kpis', CHART_NAMES)).toBeNull();
    expect(embeddedChart('?embed=People-By-County', CHART_NAMES)).toBeNull();
  });
});

describe('embedUrl', () => {
  it('builds on the URL itself, so a file:// page (whose origin may read "null") still gives a valid address', () => {
    expect(embedUrl('file:///C:/data/relocation-dashboard.html?lang=en#top', 'people-by-county')).toBe(
      'file:///C:/data/relocation-dashboard.html?lang=en&embed=people-by-county',
    );
  });

  it('adds embed to an absolute page URL, keeping its path and view and dropping any fragment', () => {
    expect(embedUrl('https://example.org/sub/path/?lang=en&counties=140921,140922#top', 'jobs-by-county')).toBe(
      'https://example.org/sub/path/?lang=en&counties=140921,140922&embed=jobs-by-county',
    );
  });

  it('replaces an embed parameter already there', () => {
    expect(embedUrl('http://127.0.0.1:8080/d/?embed=people-by-county', 'income-by-county')).toBe('http://127.0.0.1:8080/d/?embed=income-by-county');
  });

  it('gives a link whose view and chart read back as they were', () => {
    const url = new URL(embedUrl(`https://example.org/d/${viewToQuery(everything)}`, 'people-by-period'));
    expect(queryToView(url.search)).toEqual(everything);
    expect(embeddedChart(url.search, CHART_NAMES)).toBe('people-by-period');
  });
});

describe('embedHeight', () => {
  it('adds room for the title and source line, and more for each note', () => {
    const bare = embedHeight(300, 0);
    expect(bare).toBeGreaterThan(300);
    expect(embedHeight(300, 2)).toBeGreaterThan(bare);
    expect(embedHeight(400, 0) - bare).toBe(100);
  });

  it('is a whole number of pixels', () => {
    expect(Number.isInteger(embedHeight(300.4, 1))).toBe(true);
  });
});

describe('embedSnippet', () => {
  it('writes a full-width, lazily loaded iframe with the src, height and title given', () => {
    expect(embedSnippet({ src: 'https://example.org/d/?embed=people-by-county', title: '各县搬迁人口', height: 420 })).toBe(
      '<iframe src="https://example.org/d/?embed=people-by-county" width="100%" height="420" title="各县搬迁人口" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('escapes ampersands, quotes and angle brackets in attributes', () => {
    const snippet = embedSnippet({ src: 'https://example.org/?lang=en&embed=x', title: 'Jobs "by" <county> & type', height: 300 });
    expect(snippet).toContain('src="https://example.org/?lang=en&amp;embed=x"');
    expect(snippet).toContain('title="Jobs &quot;by&quot; &lt;county&gt; &amp; type"');
  });
});
