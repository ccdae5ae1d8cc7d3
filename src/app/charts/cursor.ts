/**
 * The week cursor: a vertical line across the plot at the week the scrubber points at, with the
 * week's number at its top. A chart.js plugin given to each chart in its configuration (never
 * registered globally), reading the week from `options.plugins.cursor`, so that moving the
 * scrubber only updates the options of a chart already drawn. The week is the core's 0-based
 * week; the line stands at x = week + 1, where the charts draw that week (see common.ts).
 */
import type { ChartType, Plugin } from 'chart.js';
import { NARROW, PROJECTED } from './common.ts';
import { ink } from './palette.ts';

export interface CursorOptions {
  /** The 0-based week of the cursor, or null for none. */
  week: number | null;
  /** Text at the top of the line, e.g. "week 53"; empty for none. */
  label: string;
}

declare module 'chart.js' {
  // Declaration merging with chart.js's own interface: its type parameter must keep its name.
  interface PluginOptionsByType<TType extends ChartType> {
    cursor: CursorOptions;
  }
}

export const cursorPlugin: Plugin<'line', CursorOptions> = {
  id: 'cursor',
  defaults: { week: null, label: '' },
  afterDatasetsDraw(chart, _args, options) {
    const scale = chart.scales.x;
    if (options.week === null || options.week === undefined || !scale) return;
    const x = scale.getPixelForValue(options.week + 1);
    const { top, bottom, left, right } = chart.chartArea;
    if (!(x >= left - 0.5 && x <= right + 0.5)) return;
    const { ctx } = chart;
    ctx.save();
    ctx.strokeStyle = ink.text;
    ctx.lineWidth = 2;
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    if (options.label) {
      const size = chart.width < NARROW ? 12 : chart.width < PROJECTED ? 15 : 19;
      ctx.font = `bold ${size}px ${chart.options.font?.family ?? 'sans-serif'}`;
      const width = ctx.measureText(options.label).width + 8;
      // Keep the label inside the plot: to the right of the line unless that runs off the edge.
      const labelLeft = x + 4 + width <= right ? x + 4 : x - 4 - width;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(labelLeft, top + 2, width, size + 6);
      ctx.fillStyle = ink.text;
      ctx.textBaseline = 'top';
      ctx.fillText(options.label, labelLeft + 4, top + 5);
    }
    ctx.restore();
  },
};
