import type { JobsRecord, UnitType } from '../../data/types';
import { jobsByUnitType, type JobsMeasure } from '../../data/aggregate/jobsBreakdown';
import { UNIT_TYPES } from '../../data/schema';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/translate';
import { PALETTE, type ChartContext, type ChartSpec } from '../chartOption';
import { barsChart, emptyChart } from '../chartSpec';

/** A colour per unit type, shared by both jobs charts so a type reads the same everywhere. */
export const UNIT_TYPE_COLOURS: Readonly<Record<UnitType, string>> = {
  industrial_park: PALETTE.blue,
  township_workshop: PALETTE.orange,
  enterprise: PALETTE.green,
  family_workshop: PALETTE.purple,
};

export function unitTypeLabel(unitType: UnitType, lang: Lang): string {
  return UNIT_TYPES.find((option) => option.code === unitType)?.label[lang] ?? unitType;
}

/** The unit of a jobs measure: jobs, people employed, or units. */
export function jobsMeasureUnit(measure: JobsMeasure, { t }: ChartContext): string {
  return measure === 'relocated_workers' ? t('unit.people') : measure === 'jobs' ? t('unit.jobs') : t('unit.units');
}

/** Notes shared by the jobs charts: say so when jobs are not in the data and another measure stands in. */
export function jobsMeasureNotes(measure: JobsMeasure, { t }: ChartContext): string[] {
  return measure === 'jobs' ? [] : [t('chart.jobs.fallbackNote', { measure: t(`jobsMeasure.${measure}`) })];
}

/** A jobs measure (jobs, relocated people employed, or units) by type of unit, as horizontal bars. */
export function buildJobsByUnitTypeChart(jobs: readonly JobsRecord[], measure: JobsMeasure, context: ChartContext): ChartSpec {
  const { lang, t } = context;
  const measureName = t(`jobsMeasure.${measure}`);
  const title = t('chart.jobs-by-unit-type.title', { measure: measureName });
  const rows = jobsByUnitType(jobs, measure).filter((row) => row.value.value !== null);
  const notes = jobsMeasureNotes(measure, context);
  const unit = jobsMeasureUnit(measure, context);
  const table = { columns: [t('table.unitType'), measureName], rows: rows.map((row) => [unitTypeLabel(row.unitType, lang), row.value.value]) };
  if (rows.length === 0) return emptyChart({ title, table, unit, notes }, t);

  const parts = rows.map((row) => `${unitTypeLabel(row.unitType, lang)} ${formatNumber(row.value.value ?? 0, lang)}`);
  const description = t('chart.jobs-by-unit-type.description', { measure: measureName, parts: parts.join(lang === 'zh' ? '，' : ', ') });
  return barsChart(
    { title, table, unit, notes },
    {
      description,
      lang,
      categories: rows.map((row) => unitTypeLabel(row.unitType, lang)),
      values: rows.map((row) => row.value.value ?? 0),
      colors: rows.map((row) => UNIT_TYPE_COLOURS[row.unitType]),
      seriesName: measureName,
      tooltipLines: (index) => {
        const row = rows[index];
        return row ? [unitTypeLabel(row.unitType, lang), `${measureName}: ${formatNumber(row.value.value ?? 0, lang)}`] : [];
      },
    },
  );
}
