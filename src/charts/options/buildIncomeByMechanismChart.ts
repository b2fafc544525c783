import type { MechanismSummary } from '../../data/aggregate/incomeByMechanism';
import { formatList, formatNumber } from '../../i18n/format';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { barsChart, emptyChart } from '../chartSpec';

/**
 * Mean annual income gain per household by mechanism. Mechanisms that state only a gain per person are
 * named in a note rather than drawn, since per person and per household are not on one scale.
 */
export function buildIncomeByMechanismChart(mechanisms: readonly MechanismSummary[], { lang, t }: ChartContext): ChartSpec {
  const title = t('chart.income-by-mechanism.title');
  const shown = mechanisms.filter((m) => m.income_gain_per_household_yuan.value !== null);
  const perCapitaOnly = mechanisms.filter((m) => m.income_gain_per_household_yuan.value === null && m.income_gain_per_capita_yuan.value !== null);
  const notes =
    perCapitaOnly.length > 0
      ? [
          t('chart.income-by-mechanism.perCapitaOnly', {
            names: formatList(
              perCapitaOnly.map((m) => m.mechanism),
              lang,
            ),
          }),
        ]
      : [];
  const unit = t('chart.axis.yuan');
  const table = {
    columns: [t('table.mechanism'), t('kpi.incomeHouseholds'), t('table.income_gain_per_household_yuan')],
    rows: shown.map((m) => [m.mechanism, m.households.value, m.income_gain_per_household_yuan.value]),
  };
  const [largest] = shown;
  if (largest === undefined) return emptyChart({ title, table, unit, notes }, t);

  const description = t('chart.income-by-mechanism.description', {
    count: shown.length,
    mechanism: largest.mechanism,
    largest: formatNumber(largest.income_gain_per_household_yuan.value ?? 0, lang),
  });
  return barsChart(
    { title, table, unit, notes },
    {
      description,
      lang,
      categories: shown.map((m) => m.mechanism),
      values: shown.map((m) => Math.round(m.income_gain_per_household_yuan.value ?? 0)),
      colors: PALETTE.green,
      seriesName: t('kpi.incomeGain'),
      axisName: t('chart.axis.yuan'),
      // Mechanism names run long: wrapped narrow enough to leave a phone's plot room for its bars.
      categoryLabelWidth: 120,
      tooltipLines: (index) => {
        const m = shown[index];
        if (!m) return [];
        const households = m.households.value;
        return [
          m.mechanism,
          `${formatNumber(m.income_gain_per_household_yuan.value ?? 0, lang)} ${t('chart.axis.yuan')}`,
          ...(households === null ? [] : [`${t('kpi.incomeHouseholds')}: ${formatNumber(households, lang)}`]),
        ];
      },
    },
  );
}
