/**
 * The totals of stacked bars (stackedBars.ts): for each bar, the sum of the parts on screen marked
 * by a black rule across the bar and written above the bar's top, in the chart's unit rounded to
 * whole units, with the run's name above it in compare mode. A chart.js plugin given to each bar
 * chart in its configuration (never registered globally), reading its options from
 * `options.plugins.barTotals`, so that a chart updated in place draws the new runs' totals. A bar
 * is the datasets of one `stack` (one run); a part the reader hid in the legend leaves the total.
 * Sizes in CSS pixels.
 */
import type { BarElement, Chart, ChartType, Plugin } from 'chart.js';
import { formatRounded, type NumberKind } from '../format/numbers.ts';
import { NARROW, PROJECTED } from './common.ts';
import { ink } from './palette.ts';

export interface BarTotalsOptions {
  /** The run's name by stack id ("a", "b"), written above each of its bars; empty outside compare mode. */
  names: Record<string, string>;
  kind: NumberKind;
}

declare module 'chart.js' {
  // Declaration merging with chart.js's own interface: its type parameter must keep its name.
  interface PluginOptionsByType<TType extends ChartType> {
    barTotals: BarTotalsOptions;
  }
}

interface Bar {
  stack: string;
  x: number;
  width: number;
  /** The highest pixel the bar reaches (its top, or its total's rule where that is higher). */
  top: number;
  total: number;
}

/** Every drawn bar of every category: the visible datasets grouped by stack. */
function bars(chart: Chart): Bar[] {
  const found = new Map<string, Bar & { parts: number }>();
  chart.data.datasets.forEach((dataset, index) => {
    if (!chart.isDatasetVisible(index)) return;
    const stack = String((dataset as { stack?: string }).stack ?? index);
    chart.getDatasetMeta(index).data.forEach((element, category) => {
      const value = dataset.data[category];
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      const bar = element as unknown as BarElement & { x: number; y: number; base: number; width: number };
      const key = `${stack} ${category}`;
      const entry = found.get(key) ?? { stack, x: bar.x, width: bar.width, top: Infinity, total: 0, parts: 0 };
      entry.top = Math.min(entry.top, bar.y, bar.base);
      entry.total += value;
      entry.parts += 1;
      found.set(key, entry);
    });
  });
  return [...found.values()];
}

export const barTotalsPlugin: Plugin<'bar', BarTotalsOptions> = {
  id: 'barTotals',
  defaults: { names: {}, kind: 'money' },
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.y;
    if (!scale) return;
    const { ctx } = chart;
    const size = chart.width < NARROW ? 12 : chart.width < PROJECTED ? 15 : 19;
    const family = chart.options.font?.family ?? 'sans-serif';
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    const narrow = chart.width < NARROW;
    for (const bar of bars(chart as unknown as Chart)) {
      const y = scale.getPixelForValue(bar.total);
      ctx.strokeStyle = ink.text;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(bar.x - bar.width / 2 - 3, y);
      ctx.lineTo(bar.x + bar.width / 2 + 3, y);
      ctx.stroke();
      ctx.fillStyle = ink.text;
      ctx.font = `bold ${size}px ${family}`;
      const name = options.names?.[bar.stack];
      const lines = name && narrow ? [name] : name ? [formatRounded(bar.total, options.kind), name] : [formatRounded(bar.total, options.kind)];
      let baseline = Math.min(bar.top, y) - 4;
      for (const line of lines) {
        // Within the canvas: the last bar's label must not run off its right edge.
        const half = ctx.measureText(line).width / 2;
        ctx.fillText(line, Math.min(Math.max(bar.x, half + 1), chart.width - half - 1), baseline);
        baseline -= size + 2;
      }
    }
    ctx.restore();
  },
};
