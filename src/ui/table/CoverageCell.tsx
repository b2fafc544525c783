import type { CountySummary } from '../../data/aggregate/summarise';
import type { Coverage, PlaceSummary } from '../../data/aggregate/summariseChildren';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';

/** The coverage of a place one step down from the area; null for a row added up by grouping, which has none. */
export function coverageOf(county: CountySummary): Coverage | null {
  return (county as Partial<PlaceSummary>).coverage ?? null;
}

/** How much of a place's stated figure its known counties cover: "2 of 117 counties known: 4,676 of 472,000 people". */
export function CoverageCell({ coverage }: { coverage: Coverage | null }) {
  const { lang, t } = useI18n();
  if (!coverage) return <td />;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <td className="coverage" data-field="coverage">
      <span>{t('table.coverageCounties', { known: n(coverage.countiesKnown), listed: n(coverage.countiesListed) })}</span>
      {coverage.statedPeople !== null && coverage.partsPeople !== null && (
        <span className="coverage-people">{t('table.coveragePeople', { parts: n(coverage.partsPeople), stated: n(coverage.statedPeople) })}</span>
      )}
    </td>
  );
}
