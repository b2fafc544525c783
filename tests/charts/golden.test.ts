import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOption } from '../../src/charts/export/exportOption';
import { renderChartSvg } from '../../src/charts/export/renderChartSvg';
import { BUILDER_CASES } from './builderCases';
import { context } from './factories';

// Each builder's drawing, stored as the SVG the export renderer makes of it (Observable Plot's test/output is the
// model). A change to a chart shows here as a changed picture: the new drawing is written next to the stored one
// as *-changed.svg for review (`npm run golden:review` makes PNGs of both); UPDATE_GOLDEN=1 stores it.
const OUTPUT = new URL('./output/', import.meta.url);
const LABELS = { subtitle: '2016–2020', footer: ['测试用例，非真实数据 · test fixture, not real figures'] };

/**
 * zrender numbers its instances and their style classes, clip paths and gradients from a counter for the whole
 * process, so the same chart drawn after another gets other ids: they are renumbered by first appearance.
 */
function withStableIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/zr\d+-([a-z]+)-?(\d+)/g, (id, kind: string) => {
    if (!ids.has(id)) ids.set(id, `zr-${kind}${ids.size}`);
    return ids.get(id) ?? id;
  });
}

function drawing(name: string, lang: 'zh' | 'en'): string {
  const builder = BUILDER_CASES.find((entry) => entry.name === name);
  const spec = builder?.drawn(context(lang));
  if (!spec?.option) throw new Error(`${name} drew nothing`);
  const { option, width, height } = exportOption({ ...spec, option: spec.option }, LABELS);
  return withStableIds(renderChartSvg(option, width, height));
}

describe('each chart builder draws what its stored picture shows', () => {
  mkdirSync(OUTPUT, { recursive: true });
  for (const { name } of BUILDER_CASES) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang})`, () => {
        const svg = drawing(name, lang);
        const stored = new URL(`${name}.${lang}.svg`, OUTPUT);
        const changed = new URL(`${name}.${lang}-changed.svg`, OUTPUT);
        if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(stored)) writeFileSync(stored, svg);
        const expected = readFileSync(stored, 'utf8');
        if (svg !== expected) writeFileSync(changed, svg);
        expect(svg === expected, `${name}.${lang}.svg changed: review ${name}.${lang}-changed.svg, then UPDATE_GOLDEN=1`).toBe(true);
      });
    }
  }

  it('draws the same picture twice, so a stored picture can be compared at all', () => {
    expect(drawing('people-by-county', 'zh')).toBe(drawing('people-by-county', 'zh'));
  });
});
