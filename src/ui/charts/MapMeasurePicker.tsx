import { MAP_MEASURES, mapMeasure, type MapMeasure } from '../../state/mapMeasures';
import { useI18n } from '../common/I18nContext';

/** The measure a map colours its places by: one choice for the county map and the province tiles alike. */
export function MapMeasurePicker({ measure, onMeasure }: { measure: MapMeasure; onMeasure: (measure: MapMeasure) => void }) {
  const { t } = useI18n();
  return (
    <label className="measure-picker">
      <span className="visually-hidden">{t('chart.county-map.measure')}</span>
      <select data-testid="map-measure" value={measure} onChange={(event) => onMeasure(event.target.value as MapMeasure)}>
        {MAP_MEASURES.map((option) => (
          <option key={option} value={option}>
            {mapMeasure(option, t).label}
          </option>
        ))}
      </select>
    </label>
  );
}
