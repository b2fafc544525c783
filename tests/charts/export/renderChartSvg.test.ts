import { describe, expect, it } from 'vitest';
import { exportOption } from '../../../src/charts/export/exportOption';
import { renderChartSvg, withoutNonXmlCharacters } from '../../../src/charts/export/renderChartSvg';
import { buildIncomeByMechanismChart } from '../../../src/charts/options/buildIncomeByMechanismChart';
import { buildPeopleByCountyChart } from '../../../src/charts/options/buildPeopleByCountyChart';
import type { ChartSpec } from '../../../src/charts/chartOption';
import { context } from '../factories';
import { countySummary, measure, mechanism } from '../../support/figures';

// Text from uploaded files, as the hostile-input browser test uploads it.
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  '&lt;b&gt;bold&lt;/b&gt;',
  '{a|x}',
  '{b|}',
  'ctl\u0001\u0008\u000B\u001Fend',
];
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex -- what the test looks for
const zh = context('zh');

function exported(spec: ChartSpec, footer: string[]): string {
  if (!spec.option) throw new Error('expected a drawn chart');
  const { option, width, height } = exportOption({ ...spec, option: spec.option }, { subtitle: PAYLOADS.join(' · '), footer });
  return renderChartSvg(option, width, height);
}

describe('withoutNonXmlCharacters', () => {
  it('drops the characters XML 1.0 refuses, keeping tab, line breaks, emoji and Chinese', () => {
    expect(withoutNonXmlCharacters('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j')).toBe('abcdefghij');
    expect(withoutNonXmlCharacters('代县\t1\n2\r3 😀 \u202Eabc\u200B\uFEFF')).toBe('代县\t1\n2\r3 😀 \u202Eabc\u200B\uFEFF');
  });
});

describe('an exported SVG holding text from uploaded files', () => {
  const counties = PAYLOADS.map((name, i) => countySummary(`1409${20 + i}`, name, { people: measure(100 + i) }));
  const svgs = [
    exported(buildPeopleByCountyChart(counties, zh), [`来源：${PAYLOADS.join('；')}`]),
    exported(
      buildIncomeByMechanismChart(
        PAYLOADS.map((name, i) => mechanism(name, 1000 + i)),
        zh,
      ),
      PAYLOADS,
    ),
  ];

  it('holds no character an XML parser refuses, so the file opens and the PNG drawn from it renders', () => {
    for (const svg of svgs) expect(svg).not.toMatch(NOT_XML);
    for (const svg of svgs) expect(svg).toContain('ctlend');
  });

  it('holds markup only escaped: no script, image, frame or event-handler attribute', () => {
    for (const svg of svgs) {
      expect(svg).not.toMatch(/<script|<img|<iframe|<foreignObject/i);
      // Text never holds a raw "<", so each "<" opens one of ECharts' own tags: none has an on… attribute.
      expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(svg).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
      expect(svg).toContain('&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;');
    }
  });

  it('draws rich-text markup as its own characters: "{a|x}" stays "{a|x}", "{b|}" stays "{b|}"', () => {
    for (const svg of svgs) {
      expect(svg).toContain('>{a|x}<');
      expect(svg).toContain('>{b|}<');
    }
  });
});
