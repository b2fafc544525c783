import { describe, expect, it } from 'vitest';
import { BUILDER_CASES } from '../builderCases';
import { context } from '../factories';

describe('every chart builder, given no figures at all', () => {
  for (const builder of BUILDER_CASES) {
    const { empty } = builder;
    if (empty === undefined) continue;
    for (const lang of ['zh', 'en'] as const) {
      it(`${builder.name} (${lang}) draws nothing and says so, under the title and unit it has with figures`, () => {
        const c = context(lang);
        const spec = empty(c);
        const drawn = builder.drawn(c);
        expect(spec.option).toBeNull();
        expect(spec.description).toBe(c.t('chart.empty'));
        expect(spec.notes).toEqual([]);
        expect(spec.title).toBe(drawn.title);
        expect(spec.unit).toBe(drawn.unit);
      });
    }
  }
});
