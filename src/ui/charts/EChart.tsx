import { useEffect, useRef } from 'react';
import { init, type ECharts } from 'echarts/core';
import '../../charts/registerCharts';
import type { ChartOption } from '../../charts/chartOption';
import { inOwnTask } from '../import/inOwnTask';
import { forColorScheme } from '../../charts/colorScheme';
import { currentColorScheme, useColorScheme } from '../hooks/useColorScheme';

interface EChartProps {
  option: ChartOption;
  height: number;
  label: string;
  /** Called with the name of the data item clicked. */
  onItemClick?: (name: string) => void;
}

/** The one component that touches the chart runtime: it owns init, setOption, resize and dispose. */
export function EChart({ option, height, label, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // The latest handler, read when a click comes, so a new handler does not rebind the chart's events.
  const clicked = useRef(onItemClick);
  const scheme = useColorScheme();
  // The option as last drawn, for a print to redraw in light ink on the spot (paper is white whatever the screen).
  const drawn = useRef(option);
  useEffect(() => {
    clicked.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.name === 'string' && params.name !== '') clicked.current?.(params.name);
    });
    // A chart taken off the page is told its size is 0 × 0 before React disposes of it (the effect's cleanup can come
    // a frame later on a busy machine), and a map cannot lay itself out in no room: its transform has no inverse and
    // ECharts throws. A chart with no room keeps its last drawing until it has room again.
    const resizeIfRoom = () => {
      if (!element.isConnected || element.clientWidth === 0 || element.clientHeight === 0) return false;
      instance.resize();
      return true;
    };
    const observer = new ResizeObserver(resizeIfRoom);
    observer.observe(element);
    // Printing lays the page out at the paper's width and takes it at once, before the observer or the next frame
    // could answer: redraw at that width there and then (flush paints now, not next frame), and back after.
    const print = window.matchMedia('print');
    const fit = () => {
      if (print.matches) instance.setOption({ ...drawn.current }, { notMerge: true });
      if (resizeIfRoom()) instance.getZr().flush();
    };
    const afterPrint = () => {
      instance.setOption({ ...forColorScheme(drawn.current, currentColorScheme()) }, { notMerge: true });
      fit();
    };
    print.addEventListener('change', fit);
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      print.removeEventListener('change', fit);
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', afterPrint);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Each chart draws in a task of its own; `data-pending` marks a chart whose new figures are not drawn yet.
  useEffect(() => {
    const element = container.current;
    element?.setAttribute('data-pending', '');
    drawn.current = option;
    const cancel = inOwnTask(() => {
      // A copy: ECharts clears `media` on the option it is given, and the same option is drawn again after a print.
      chart.current?.setOption({ ...forColorScheme(option, scheme) }, { notMerge: true });
      element?.removeAttribute('data-pending');
    });
    return cancel;
  }, [option, scheme]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={container} className="echart" style={{ height }} role="img" aria-label={label} />;
}
