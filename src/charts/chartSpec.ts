import type { Translate } from '../i18n/translate';
import type { ChartOption, ChartSpec, ChartStatement } from './chartOption';
import { heightForBars, horizontalBarsOption, type HorizontalBarsInput } from './commonOptions';

/** What a chart says whether or not it has anything to draw: its title, the figures behind it, their unit and its notes. */
export type ChartHead = Pick<ChartSpec, 'title' | 'table' | 'unit' | 'notes'>;

/**
 * The chart with no figures to draw. Its table and notes stay, so the data table and the CSV export still say
 * which columns were looked for and why nothing is drawn.
 */
export function emptyChart(head: ChartHead, t: Translate, height = 180): ChartSpec {
  return { ...head, option: null, description: t('chart.empty'), height };
}

/** A drawn chart: the description is both the screen reader's sentence and the option's own. */
export function drawnChart(head: ChartHead, description: string, height: number, option: ChartOption): ChartSpec {
  return { ...head, description, height, option };
}

/** The ranked horizontal bar chart most builders draw, as tall as its bars need. */
export function barsChart(head: ChartHead, bars: HorizontalBarsInput): ChartSpec {
  return drawnChart(head, bars.description, heightForBars(bars.categories.length), horizontalBarsOption(bars));
}

/**
 * One area's figure said in words on the page instead of a chart of one bar. The drawn option stays, so the
 * exported image, the CSV and the table still hold the figure with the chart's title and source.
 */
export function sayInstead(spec: ChartSpec, statement: ChartStatement): ChartSpec {
  return { ...spec, statement };
}
