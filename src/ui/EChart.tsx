import { useEffect, useRef } from 'react';
import { init, type ECharts } from 'echarts/core';
import '../charts/registerCharts';
import type { ChartOption } from '../charts/chartOption';

interface EChartProps {
  option: ChartOption;
  height: number;
  label: string;
}

/** The one component that touches the chart runtime: it owns init, setOption, resize and dispose. */
export function EChart({ option, height, label }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={container} className="echart" style={{ height }} role="img" aria-label={label} />;
}
