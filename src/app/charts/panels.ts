/**
 * Charts of several panels: value axes stacked one above the other on one week axis, for series
 * whose units and sizes differ (the difference chart, the spread across seeds). A rule across the
 * chart between two panels makes each panel's ticks read as its own.
 */
import type { Plugin } from 'chart.js';
import type { NumberKind } from '../format/numbers.ts';
import { valueAxis } from './common.ts';
import { ink } from './palette.ts';

export interface PanelAxis {
  /** The scale id of the panel's value axis. */
  id: string;
  title: string;
  kind: NumberKind;
  colour: string;
  /** A difference: an axis around zero even when the values do not differ. */
  aroundZero?: boolean;
}

/** The value axes of the panels, listed top to bottom, stacked in `group`. */
export function panelScales(panels: readonly PanelAxis[], group: string) {
  return Object.fromEntries(
    panels.map((panel, index) => [
      panel.id,
      {
        ...valueAxis(panel.title, panel.kind, panel.colour),
        position: 'left' as const,
        stack: group,
        // chart.js stacks the axes of a group from the bottom up, so the first panel is listed last.
        weight: panels.length - index,
        offset: true,
        // Runs that do not differ still get a readable axis around zero.
        ...(panel.aroundZero ? { suggestedMin: -1, suggestedMax: 1 } : {}),
      },
    ]),
  );
}

/** Rules between the panels whose value axes are `ids` (top to bottom). */
export function panelRules(ids: readonly string[]): Plugin<'line'> {
  return {
    id: 'panelRules',
    afterDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = ink.muted;
      ctx.lineWidth = 1.5;
      for (const id of ids.slice(1)) {
        const scale = chart.scales[id];
        if (!scale) continue;
        const y = Math.round(scale.top) + 0.5;
        ctx.beginPath();
        ctx.moveTo(0, y);
        ctx.lineTo(chartArea.right, y);
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}
