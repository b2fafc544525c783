import { useMemo, type ReactNode } from 'react';
import '../../charts/map/registerTileMap';
import type { CountySummary } from '../../data/aggregate/summarise';
import { buildProvinceTileChart } from '../../charts/options/buildProvinceTileChart';
import { mapMeasure, mapValues, type MapMeasure } from '../../state/mapMeasures';
import { MapMeasurePicker } from './MapMeasurePicker';
import type { ExportScope } from './ChartExportButtons';
import { ChartCard } from './ChartCard';
import type { ChartSpec } from '../../charts/chartOption';
import { useI18n } from '../common/I18nContext';

interface ProvinceTileCardProps {
  provinces: readonly CountySummary[];
  measure: MapMeasure;
  onMeasure: (measure: MapMeasure) => void;
  /** Called with a province's code when its square is clicked or tapped: the page drills into it. */
  onSelectProvince?: (code: string) => void;
  synthetic: boolean;
  sources: readonly string[];
  period: string;
  exportScope: ExportScope;
  /** Shown at the foot of the card (the embed code), given the chart's spec. */
  footer?: (spec: ChartSpec) => ReactNode;
}

/**
 * The province tile map (a chunk of its own, with the heatmap it is drawn as): every province a square in its
 * approximate place, coloured by the chosen measure. The keyboard reaches each province through the chart's data
 * table and the table of provinces below, whose names drill down as a tap on a square does.
 */
export default function ProvinceTileCard({
  provinces,
  measure,
  onMeasure,
  onSelectProvince,
  synthetic,
  sources,
  period,
  exportScope,
  footer,
}: ProvinceTileCardProps) {
  const { lang, t } = useI18n();
  const spec = useMemo(() => buildProvinceTileChart(mapValues(provinces, measure), mapMeasure(measure, t), { lang, t }), [provinces, measure, lang, t]);
  const picker = <MapMeasurePicker measure={measure} onMeasure={onMeasure} />;
  return (
    <ChartCard
      name="province-tiles"
      spec={spec}
      synthetic={synthetic}
      sources={sources}
      controls={picker}
      period={period}
      exportScope={exportScope}
      onItemClick={onSelectProvince}
    >
      {footer?.(spec)}
    </ChartCard>
  );
}
