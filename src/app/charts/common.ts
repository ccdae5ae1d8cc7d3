/**
 * What every chart of a run shares: points from a weekly series, the week axis, text that is
 * large on a projector and smaller on a phone, and the base options (title, legend, tooltip,
 * animation). The x of a point is the number of weeks elapsed: the core's week w (counted from
 * 0) ends after w + 1 weeks, so a 156-week run is drawn from week 1 to week 156.
 */
import type { Chart, ChartOptions, FontSpec } from 'chart.js';
import { t } from '../i18n/t.ts';
import { formatCompact, formatNumber, type NumberKind } from '../format/numbers.ts';
import { ink, textShade } from './palette.ts';

export type Point = { x: number; y: number };

export function points(values: Float64Array): Point[] {
  return Array.from(values, (y, week) => ({ x: week + 1, y }));
}

/** Below this canvas width (px) the chart is on a phone and its text is smaller. */
export const NARROW = 560;

/**
 * The part of chart.js's scriptable context the fonts read. chart.js passes the chart in every
 * context, though its types leave it out of the scale's, hence the optional field.
 */
interface Sized {
  type?: string;
  chart?: { width: number };
}

const narrow = (context: Sized) => (context.chart?.width ?? NARROW) < NARROW;

export const font = {
  title: (context: Sized): Partial<FontSpec> => ({ size: narrow(context) ? 17 : 22, weight: 'bold' }),
  body: (context: Sized): Partial<FontSpec> => ({ size: narrow(context) ? 13 : 17 }),
  axisTitle: (context: Sized): Partial<FontSpec> => ({ size: narrow(context) ? 13 : 17, weight: 'bold' }),
};

/** Whole weeks from 0 to the run's length, with ticks at quarters, half-years or years. */
export function weekAxis(weeks: number) {
  const step = weeks <= 52 ? 13 : weeks <= 312 ? 26 : 52;
  return {
    type: 'linear' as const,
    min: 0,
    max: weeks,
    title: { display: true, text: t('chart.weekAxis'), font: font.axisTitle, color: ink.text },
    ticks: { stepSize: step, precision: 0, font: font.body, color: ink.muted },
    grid: { color: ink.grid },
  };
}

/**
 * A value axis from zero: its title carries the unit, its ticks are compact ("$600K"). `colour`
 * ties the axis to its line when a chart has two value axes.
 */
export function valueAxis(title: string, kind: NumberKind, line?: string) {
  const colour = line ? (textShade[line] ?? line) : ink.text;
  return {
    type: 'linear' as const,
    beginAtZero: true,
    title: { display: true, text: title, font: font.axisTitle, color: colour },
    ticks: {
      font: font.body,
      color: line ? colour : ink.muted,
      callback: (value: number | string) => formatCompact(Number(value), kind),
    },
    grid: { color: ink.grid },
  };
}

/**
 * On a phone the titles of the value axes take room the plot needs; the coloured ticks and the
 * legend still tell which axis is which. Used as chart.js's `onResize`.
 */
export function valueTitlesOnlyWhenWide(chart: Chart, size: { width: number }): void {
  for (const [id, scale] of Object.entries(chart.options.scales ?? {})) {
    if (id !== 'x' && scale && 'title' in scale && scale.title) scale.title.display = size.width >= NARROW;
  }
}

export function baseOptions(title: string, kind: NumberKind, reducedMotion: boolean): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    animation: reducedMotion ? false : { duration: 500 },
    interaction: { mode: 'index', intersect: false },
    elements: { point: { radius: 0, hitRadius: 6, hoverRadius: 4 } },
    plugins: {
      title: { display: true, text: title, font: font.title, color: ink.text, padding: { top: 2, bottom: 6 } },
      legend: { position: 'bottom', labels: { font: font.body, color: ink.text, boxWidth: 18, boxHeight: 12, padding: 12 } },
      tooltip: {
        titleFont: { size: 15 },
        bodyFont: { size: 15 },
        callbacks: {
          title: (items) => `${t('chart.weekAxis')} ${items[0]?.parsed.x ?? ''}`,
          label: (item) => `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, kind)}`,
        },
      },
    },
  };
}
