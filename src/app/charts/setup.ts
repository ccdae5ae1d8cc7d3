/**
 * chart.js for this app: only the parts the charts use are registered (lines over a linear week
 * axis; the tenure chart's stacked bars over a category axis); the rest is left out of the bundle.
 * System fonts, and sizes readable on a classroom projector.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { ink } from './palette.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  Title,
  Tooltip,
);

Chart.defaults.font.family =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
Chart.defaults.font.size = 16;
Chart.defaults.color = ink.text;
Chart.defaults.borderColor = ink.grid;

export { Chart };

/** A line chart whose points are {x, y} pairs (x is the week). */
export type LineChartConfig = ChartConfiguration<'line', { x: number; y: number }[]>;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
