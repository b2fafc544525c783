import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CountySummary } from '../../data/aggregate/summarise';
import { buildCountyMapChart, type CountyMap } from '../../charts/options/buildCountyMapChart';
import { loadCountyMap } from '../../charts/map/loadCountyMap';
import { provinceToDraw } from '../../charts/map/mapFiles';
import { mapMeasure, mapValues, type MapMeasure } from '../../state/mapMeasures';
import { MapMeasurePicker } from './MapMeasurePicker';
import type { ChartSpec } from '../../charts/chartOption';
import type { ExportScope } from './ChartExportButtons';
import { ChartCard } from './ChartCard';
import { useI18n } from '../common/I18nContext';

interface CountyMapCardProps {
  counties: readonly CountySummary[];
  measure: MapMeasure;
  onMeasure: (measure: MapMeasure) => void;
  /** Called with a county's code when it is clicked; an embedded map has no detail to open. */
  onSelectCounty?: (code: string) => void;
  synthetic: boolean;
  sources: readonly string[];
  period: string;
  exportScope: ExportScope;
  /** What the card's foot shows for the drawn map, such as its embed code (which needs the map's spec). */
  footer?: (spec: ChartSpec) => ReactNode;
}

/**
 * The county map, loaded with its boundaries only when the page draws it (this module is a chunk of its own):
 * counties coloured by the chosen measure, a click selects the county as the table does.
 */
export default function CountyMapCard({ counties, measure, onMeasure, onSelectCounty, synthetic, sources, period, exportScope, footer }: CountyMapCardProps) {
  const { lang, t } = useI18n();
  const province = provinceToDraw(counties.map((county) => county.county_code));
  const [map, setMap] = useState<{ province: string; map: CountyMap } | { province: string; error: string } | null>(null);

  useEffect(() => {
    if (!province) return undefined;
    let current = true;
    loadCountyMap(province).then(
      (loaded) => current && setMap({ province, map: loaded }),
      (error: unknown) => current && setMap({ province, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [province]);

  const ready = map && map.province === province && 'map' in map ? map.map : null;
  const spec = useMemo(
    () => (ready ? buildCountyMapChart(mapValues(counties, measure), mapMeasure(measure, t), ready, { lang, t }) : null),
    [ready, counties, measure, lang, t],
  );
  // A failed load is thrown, so the card's error boundary shows it with a retry.
  if (map && 'error' in map && map.province === province) throw new Error(map.error);
  if (!spec) {
    return (
      <section className="chart-card" data-testid="chart-county-map" aria-busy="true">
        <p className="status" role="status">
          {t('chart.county-map.loading')}
        </p>
      </section>
    );
  }
  const picker = <MapMeasurePicker measure={measure} onMeasure={onMeasure} />;
  return (
    <ChartCard
      name="county-map"
      spec={spec}
      synthetic={synthetic}
      sources={sources}
      controls={picker}
      period={period}
      exportScope={exportScope}
      onItemClick={onSelectCounty}
    >
      {footer?.(spec)}
    </ChartCard>
  );
}
