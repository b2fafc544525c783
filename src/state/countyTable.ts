import type { CountySummary } from '../data/aggregate/summarise';
import type { Translate } from '../i18n/translate';

/**
 * The county summary as the table shows it, for export: one row per county in the table's order, figures
 * unrounded and unknown figures left blank (never 0).
 */
export function countyTableRows(counties: readonly CountySummary[], t: Translate): { columns: string[]; rows: (string | number | null)[][] } {
  return {
    columns: [
      t('table.county'),
      t('table.code'),
      t('table.prefecture'),
      t('table.households'),
      t('table.people'),
      t('table.registered_poor_people'),
      `${t('table.registeredPoorShare')} (%)`,
      t('table.jobs'),
      t('table.relocated_workers'),
      t('table.income_gain_per_household_yuan'),
      t('table.periods'),
    ],
    rows: counties.map((county) => [
      county.county,
      county.county_code,
      county.prefecture,
      county.households.value,
      county.people.value,
      county.registered_poor_people.value,
      // In per cent, as the table shows it, unrounded.
      county.registered_poor_share === null ? null : county.registered_poor_share * 100,
      county.jobs.value,
      county.relocated_workers.value,
      county.income_gain_per_household_yuan.value,
      county.periods.join(', '),
    ]),
  };
}
