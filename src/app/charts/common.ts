/**
 * What every chart of a run shares: points from a weekly series, the week axis, text that is
 * large on a projector and smaller on a phone, and the base options (title, legend, tooltip,
 * no animation). The x of a point is the number of weeks elapsed: the core's week w (counted from
 * 0) ends after w + 1 weeks, so a 156-week run is drawn from week 1 to week 156.
 */
import type { Chart, ChartOptions, FontSpec, ScriptableScaleContext } from 'chart.js';
import { t } from '../i18n/t.ts';
import { formatCompact, formatNumber, type NumberKind } from '../format/numbers.ts';
import { ink, textShade } from './palette.ts';

export type Point = { x: number; y: number };

/** Points of a weekly series; non-finite values become gaps (chart.js skips NaN). */
export function points(values: ArrayLike<number>, scale = 1): Point[] {
  return Array.from(values, (y, week) => ({ x: week + 1, y: Number.isFinite(y) ? y * scale : Number.NaN }));
}

/**
 * Below this canvas width (px) the chart is on a phone and its text is smaller. Charts side by
 * side on a projector are wider than this and keep the large text the back of a room needs.
 */
export const NARROW = 440;

/**
 * The part of chart.js's scriptable context the fonts read. chart.js passes the chart in every
 * context, though its types leave it out of the scale's, hence the optional field.
 */
interface Sized {
  type?: string;
  chart?: { width: number };
}

/** Below this canvas width (px) the chart is a column of the printed report (print.ts), in print-sized text. */
export const PRINTED = 300;

/** From this canvas width (px) a chart fills a projector's screen (classroom mode), in larger text. */
export const PROJECTED = 900;

/** Text sizes (px) of a chart filling a projector, side by side with others, on a phone, and on paper. */
const sizes = (context: Sized, projected: number, wide: number, phone: number, paper: number) => {
  const width = context.chart?.width ?? NARROW;
  if (width < PRINTED) return paper;
  if (width < NARROW) return phone;
  return width < PROJECTED ? wide : projected;
};

export const font = {
  title: (context: Sized): Partial<FontSpec> => ({ size: sizes(context, 26, 22, 17, 11), weight: 'bold' }),
  body: (context: Sized): Partial<FontSpec> => ({ size: sizes(context, 20, 17, 13, 9) }),
  axisTitle: (context: Sized): Partial<FontSpec> => ({ size: sizes(context, 20, 17, 13, 9), weight: 'bold' }),
};

/** Grid lines, with the zero line drawn darker so that gains and losses read at a glance. */
const gridColour = (context: ScriptableScaleContext) => (context.tick?.value === 0 ? ink.zero : ink.grid);

/**
 * Whole weeks from 0 to `weeks`, with ticks at quarters, half-years or years. The title says
 * what the weeks count (weeks of the run unless told otherwise).
 */
export function weekAxis(weeks: number, title = t('chart.weekAxis')) {
  const step = weeks <= 52 ? 13 : weeks <= 312 ? 26 : 52;
  return {
    type: 'linear' as const,
    min: 0,
    max: weeks,
    title: { display: true, text: title, font: font.axisTitle, color: ink.text },
    ticks: { stepSize: step, precision: 0, font: font.body, color: ink.muted, maxRotation: 0 },
    grid: { color: ink.grid },
  };
}

/**
 * A value axis that includes zero: its title carries the unit, its ticks are compact ("$600K").
 * `colour` ties the axis to its line when a chart has two value axes.
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
      maxTicksLimit: 8,
      // No ticks at half a person.
      precision: kind === 'count' ? 0 : undefined,
      callback: (value: number | string) => formatCompact(Number(value), kind),
    },
    grid: { color: gridColour },
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

/**
 * Charts are drawn at once, never animated: they follow a moving slider and a playing run, and a
 * first drawing that grew in over half a second would redraw every chart on screen in every
 * frame of it, holding the page for tens of milliseconds a frame.
 */
export function baseOptions(title: string, kind: NumberKind): ChartOptions<'line'> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    normalized: true,
    animation: false,
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

/**
 * A trailing moving average over `span` weeks (fewer at the start of the run, so the first
 * weeks are not understated), times `sign` (−1 to draw a series below zero).
 */
export function movingAverage(values: ArrayLike<number>, span: number, sign = 1): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let week = 0; week < values.length; week++) {
    sum += values[week];
    if (week >= span) sum -= values[week - span];
    out[week] = (sign * sum) / Math.min(span, week + 1);
  }
  return out;
}
