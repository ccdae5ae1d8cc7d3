/**
 * chart.js's first-time work, done early: the first chart a page makes compiles chart.js's code
 * paths and builds its option resolvers, which made the first card's drawing one task of 50–65
 * ms (measured with npm run bench:browser). A tiny chart of the same kind, made and destroyed on
 * a canvas outside the page while the first run computes in its worker, takes that cost in an
 * idle moment, so that the real charts draw in short tasks. Pages with bar charts (the fits of
 * "Your customers") warm the bar chart's paths too.
 */
import { baseOptions, points, valueAxis, weekAxis } from './common.ts';
import { legendLabelStyle } from './layers.ts';
import { Chart } from './setup.ts';

export function warmUpCharts(): void {
  if (typeof document === 'undefined') return;
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 200;
  const options = baseOptions('', 'money');
  options.responsive = false;
  options.plugins = { ...options.plugins, legend: { position: 'bottom', labels: legendLabelStyle } };
  options.scales = { x: weekAxis(4), y: valueAxis('', 'money') };
  const values = Float64Array.of(1, 3, 2, 4);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        { label: 'area', data: points(values), fill: 'origin', backgroundColor: '#56B4E980', borderColor: '#56B4E9' },
        { label: 'line', data: points(values, 0.5), borderColor: '#0072B2', borderDash: [10, 6] },
      ],
    },
    options,
  });
  chart.destroy();
}

/** The same for a bar chart over a category axis. */
export function warmUpBarCharts(): void {
  if (typeof document === 'undefined') return;
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 200;
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: ['0', '1'], datasets: [{ label: 'bars', data: [2, 1], backgroundColor: '#0072B2' }] },
    options: { responsive: false, animation: false, scales: { x: { type: 'category' }, y: valueAxis('', 'count') } },
  });
  chart.destroy();
}

/** The warm-up in the page's next idle moment (or the next task, where idle callbacks are unknown); bar charts' in the one after. */
export function warmUpWhenIdle(withBars = false): void {
  const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 0));
  whenIdle(() => {
    warmUpCharts();
    if (withBars) whenIdle(warmUpBarCharts);
  });
}
