/**
 * One chart, drawn with Apache ECharts on a canvas (only the parts used are imported from
 * 'echarts/core', to keep the bundle small). Under the app's CSP: no tooltip (its HTML carries inline
 * style attributes); the table beside every chart gives the values instead. Right-to-left in Arabic:
 * the category axis runs from the right and the value axis stands on the right. A click on a bar or
 * point opens the list behind it, like the table's buttons.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import '@renderer/styles/dashboard.css';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, CanvasRenderer]);

export type ChartSeries = { name: string; values: (number | null)[] };

export type FigureChartProps = {
  kind: 'bar' | 'line';
  categories: string[];
  series: ChartSeries[];
  rtl: boolean;
  format: (value: number) => string;
  /** Read by screen readers: the chart's title; the table beside it holds the numbers. */
  label: string;
  onPick: (index: number) => void;
};

function optionOf({ kind, categories, series, rtl, format, label }: FigureChartProps): echarts.EChartsCoreOption {
  return {
    animation: false,
    aria: { enabled: true, label: { description: label } },
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    grid: { left: 8, right: 8, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'category', data: categories, inverse: rtl, axisLabel: { interval: 0, overflow: 'truncate', width: 90 } },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left', minInterval: 1, axisLabel: { formatter: (value: number) => format(value) } },
    series: series.map((s) => ({
      type: kind,
      name: s.name,
      data: s.values,
      connectNulls: false,
      label: { show: true, position: 'top', formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? format(value) : '') },
    })),
  };
}

export function FigureChart(props: FigureChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(props.onPick);
  useEffect(() => {
    pick.current = props.onPick;
  });
  useEffect(() => {
    if (!element.current) return undefined;
    const created = echarts.init(element.current, null, { renderer: 'canvas' });
    created.on('click', (event) => pick.current(event.dataIndex));
    chart.current = created;
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      created.dispose();
      chart.current = null;
    };
  }, []);
  const option = optionOf(props);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  });
  return <div ref={element} className="wasl-dashboard-chart" role="img" aria-label={props.label} data-testid="dashboard-chart" />;
}
