/**
 * chart.js's first-time work, done early and in pieces: the first chart a page makes compiles
 * chart.js's code paths and builds its option resolvers. Made at once, that was one task of
 * 50–65 ms in the sandbox and 132 ms on "Your customers" (CDP profile of the fit benchmark,
 * 7 December) — itself a task over the 50 ms bar. So tiny charts on a canvas outside the
 * page are made and destroyed in stages, each in its own idle moment while the first run or fit
 * computes in its worker: an empty chart, then the core's update and layout alone, then the axes,
 * then the legend and a filled line, then (on pages with them) bars over categories. Each stage compiles only the
 * paths the one before did not reach, so no stage is a long task, and the real charts then draw
 * in short ones.
 */
import type { ChartConfiguration } from 'chart.js';
import { baseOptions, points, valueAxis, weekAxis } from './common.ts';
import { legendLabelStyle } from './layers.ts';
import { Chart } from './setup.ts';

const VALUES = Float64Array.of(1, 3, 2, 4);

/** One stage's chart: made on a detached canvas at a fixed size, and destroyed at once. */
function makeAndDestroy(config: ChartConfiguration): void {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 200;
  new Chart(canvas, config).destroy();
}

function lineOptions(stage: 'core' | 'axes' | 'full') {
  const options = baseOptions('', 'money');
  options.responsive = false;
  if (stage === 'full') {
    options.plugins = { ...options.plugins, legend: { position: 'bottom', labels: legendLabelStyle } };
  } else {
    options.plugins = { ...options.plugins, legend: { display: false }, title: { display: false } };
  }
  options.scales = stage === 'core' ? { x: { type: 'linear', display: false }, y: { display: false } } : { x: weekAxis(4), y: valueAxis('', 'money') };
  return options;
}

/** The stages of the line charts' warm-up, in order. */
const LINE_STAGES: (() => void)[] = [
  // The chart's construction, its plugins and an update with nothing to draw.
  () => makeAndDestroy({ type: 'line', data: { datasets: [] }, options: { ...lineOptions('core'), scales: {} } }),
  () => makeAndDestroy({ type: 'line', data: { datasets: [{ label: 'line', data: points(VALUES) }] }, options: lineOptions('core') }),
  () => makeAndDestroy({ type: 'line', data: { datasets: [{ label: 'line', data: points(VALUES) }] }, options: lineOptions('axes') }),
  () =>
    makeAndDestroy({
      type: 'line',
      data: {
        datasets: [
          { label: 'area', data: points(VALUES), fill: 'origin', backgroundColor: '#56B4E980', borderColor: '#56B4E9' },
          { label: 'line', data: points(VALUES, 0.5), borderColor: '#0072B2', borderDash: [10, 6] },
        ],
      },
      options: lineOptions('full'),
    }),
];

/** The bar chart's stage: bars over a category axis. */
function warmUpBars(): void {
  makeAndDestroy({
    type: 'bar',
    data: { labels: ['0', '1'], datasets: [{ label: 'bars', data: [2, 1], backgroundColor: '#0072B2' }] },
    options: { responsive: false, animation: false, scales: { x: { type: 'category' }, y: valueAxis('', 'count') } },
  });
}

/** The stages one by one, each in the page's next idle moment (or the next task, where idle callbacks are unknown). */
export function warmUpWhenIdle(withBars = false): void {
  if (typeof document === 'undefined') return;
  const stages = withBars ? [...LINE_STAGES, warmUpBars] : LINE_STAGES;
  const whenIdle = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 0));
  const run = (index: number) => {
    if (index >= stages.length) return;
    whenIdle(() => {
      stages[index]();
      run(index + 1);
    });
  };
  run(0);
}
