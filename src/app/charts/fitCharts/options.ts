/**
 * What the charts of a fit share (the "Your customers" view): the reader's data in black against
 * each model in its own colour and line pattern, bar charts over a category axis, and the line
 * that marks the end of the data the models were fitted on (the cursor plugin, cursor.ts).
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber, type NumberKind } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { baseOptions, font, valueAxis } from '../common.ts';
import { cursorPlugin } from '../cursor.ts';
import { ink, okabeIto } from '../palette.ts';

/** Each series' colour and pattern: the data solid black, BG/NBD blue, Pareto/NBD orange dashed. */
export const seriesStyle = {
  yours: { colour: ink.text, dash: [] as number[] },
  bgnbd: { colour: okabeIto.blue, dash: [] as number[] },
  pareto: { colour: okabeIto.orange, dash: [10, 6] },
  sbg: { colour: okabeIto.blue, dash: [] as number[] },
} as const;

export type Series = keyof typeof seriesStyle;

export const seriesLabel = (series: Series) => t(`data.charts.${series}`);

/** A line of `values` at x = 1, 2, … in a series' style. */
export function line(series: Series, values: ArrayLike<number>, firstX = 1) {
  const { colour, dash } = seriesStyle[series];
  return {
    label: seriesLabel(series),
    data: Array.from(values, (y, index) => ({ x: index + firstX, y })),
    borderColor: colour,
    backgroundColor: colour,
    borderDash: dash,
    borderWidth: series === 'yours' ? 3 : 2.5,
  };
}

/** A line chart of the fit's series over x, with the end of the fitted data marked at x = `marked` + 1. */
export function lineChart(options: {
  title: string;
  kind: NumberKind;
  datasets: ReturnType<typeof line>[];
  x: object;
  yTitle: string;
  marked: { at: number; label: string } | null;
  tooltipTitle: (x: number) => string;
}): ChartConfiguration {
  const base = baseOptions(options.title, options.kind);
  return {
    type: 'line',
    data: { datasets: options.datasets },
    plugins: [cursorPlugin],
    options: {
      ...base,
      plugins: {
        ...base.plugins,
        title: { ...base.plugins!.title, display: false },
        tooltip: { ...base.plugins!.tooltip, callbacks: { ...base.plugins!.tooltip!.callbacks, title: (items) => options.tooltipTitle(items[0]?.parsed.x ?? 0) } },
        cursor: { week: options.marked?.at ?? null, label: options.marked?.label ?? '' },
      },
      scales: { x: options.x, y: valueAxis(options.yTitle, options.kind) },
    },
  } as ChartConfiguration;
}

/** Bars of the reader's data and of a model's expectation in each category. */
export function barChart(options: {
  title: string;
  categories: string[];
  bars: { series: Series; values: number[] }[];
  xTitle: string;
  yTitle: string;
}): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: options.categories,
      datasets: options.bars.map(({ series, values }) => ({
        label: seriesLabel(series),
        data: values,
        backgroundColor: series === 'yours' ? ink.neutral : seriesStyle[series].colour,
        borderColor: seriesStyle[series].colour,
        borderWidth: 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        title: { display: false, text: options.title, font: font.title, color: ink.text },
        legend: { position: 'bottom', labels: { font: font.body, color: ink.text, boxWidth: 18, boxHeight: 12, padding: 12 } },
        tooltip: {
          titleFont: { size: 15 },
          bodyFont: { size: 15 },
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(Number(item.parsed.y), 'count')}` },
        },
      },
      scales: {
        x: {
          type: 'category',
          title: { display: true, text: options.xTitle, font: font.axisTitle, color: ink.text },
          ticks: { font: font.body, color: ink.muted },
          grid: { display: false },
        },
        y: valueAxis(options.yTitle, 'count'),
      },
    },
  };
}
