import type { ReactNode } from 'react';
import type { FigureSummary } from '../data/aggregate/summarise';
import type { Measure } from '../data/sumKnown';
import { formatNumber, formatShare } from '../i18n/format';
import { useI18n } from './I18nContext';

interface KpiProps {
  testId: string;
  label: string;
  measure: Measure;
  unit: string;
  digits?: number;
  detail?: ReactNode;
}

function Kpi({ testId, label, measure, unit, digits = 0, detail }: KpiProps) {
  const { lang, t } = useI18n();
  const known = measure.value !== null;
  return (
    <div className={`kpi${known ? '' : ' kpi-unknown'}`}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-figure">
        <span className="kpi-value" data-testid={testId}>
          {known ? formatNumber(measure.value ?? 0, lang, digits) : measure.reported + measure.missing === 0 ? t('kpi.notInData') : t('kpi.unknown')}
        </span>
        {known && <span className="kpi-unit">{unit}</span>}
      </div>
      {detail && <div className="kpi-detail">{detail}</div>}
      {known && measure.missing > 0 && <div className="kpi-detail kpi-partial">{t('kpi.partial', { missing: measure.missing })}</div>}
    </div>
  );
}

// A ratio is known or not as a whole: unknown when any county shown lacks a population or the figure.
function ratioMeasure(value: number | null): Measure {
  return { value, reported: value === null ? 0 : 1, missing: value === null ? 1 : 0 };
}

/** The headline figures of whatever the filters leave. Unknown figures say so; they never read as 0. */
export function KpiCards({ summary }: { summary: FigureSummary }) {
  const { lang, t } = useI18n();
  const poorShare = summary.registered_poor_share;
  const { whole_village_people: whole, scattered_people: scattered, whole_village_share: wholeShare } = summary;
  const modeDetail =
    wholeShare === null || scattered.value === null
      ? undefined
      : t('kpi.wholeVillageDetail', {
          wholeShare: formatShare(wholeShare, lang),
          scattered: formatNumber(scattered.value, lang),
          scatteredShare: formatShare(1 - wholeShare, lang),
        });
  return (
    <section className="kpis" aria-label={t('app.subtitle')}>
      <Kpi testId="kpi-relocated-people" label={t('kpi.people')} measure={summary.people} unit={t('unit.people')} />
      <Kpi
        testId="kpi-relocated-households"
        label={t('kpi.households')}
        measure={summary.households}
        unit={t('unit.households')}
        detail={summary.householdsDerived ? t('kpi.derivedHouseholds') : undefined}
      />
      <Kpi
        testId="kpi-registered-poor-people"
        label={t('kpi.registeredPoor')}
        measure={summary.registered_poor_people}
        unit={t('unit.people')}
        detail={poorShare === null ? undefined : t('kpi.registeredPoorShare', { share: formatShare(poorShare, lang) })}
      />
      <Kpi testId="kpi-whole-village-people" label={t('kpi.wholeVillage')} measure={whole} unit={t('unit.people')} detail={modeDetail} />
      <Kpi
        testId="kpi-jobs"
        label={t('kpi.jobs')}
        measure={summary.jobs}
        unit={t('unit.jobs')}
        detail={summary.units.value === null ? undefined : t('kpi.unitsDetail', { units: formatNumber(summary.units.value, lang) })}
      />
      <Kpi testId="kpi-relocated-workers" label={t('kpi.relocatedWorkers')} measure={summary.relocated_workers} unit={t('unit.people')} />
      <Kpi testId="kpi-income-households" label={t('kpi.incomeHouseholds')} measure={summary.income_households} unit={t('unit.households')} />
      <Kpi testId="kpi-income-gain-per-household" label={t('kpi.incomeGain')} measure={summary.income_gain_per_household_yuan} unit={t('kpi.incomeGainUnit')} />
      <Kpi
        testId="kpi-people-per-1000-residents"
        label={t('table.people_per_1000_residents')}
        measure={ratioMeasure(summary.people_per_1000_residents)}
        unit={t('unit.people')}
        digits={1}
        detail={summary.people_per_1000_residents === null ? t('kpi.perResidentUnknown') : undefined}
      />
    </section>
  );
}
