/**
 * The market by state: customers, lapsed former customers and prospects, in people, stacked so
 * the whole market is visible at once and customers sit on the baseline where they are easiest
 * to read.
 */
import type { RunResult } from '../../sim/index.ts';
import { t } from '../i18n/t.ts';
import { baseOptions, points, valueAxis, weekAxis } from './common.ts';
import { okabeIto, translucent } from './palette.ts';
import type { LineChartConfig } from './setup.ts';

const layers = [
  { series: 'customers', label: 'chart.states.customers', colour: okabeIto.blue },
  { series: 'lapsed', label: 'chart.states.lapsed', colour: okabeIto.vermillion },
  { series: 'prospects', label: 'chart.states.prospects', colour: okabeIto.orange },
] as const;

export function marketChart(result: RunResult, reducedMotion: boolean): LineChartConfig {
  const options = baseOptions(t('chart.states.title'), 'count', reducedMotion);
  options.scales = {
    x: weekAxis(result.weeks),
    y: { ...valueAxis(t('chart.states.axis'), 'count'), stacked: true, min: 0 },
  };
  return {
    type: 'line',
    data: {
      datasets: layers.map((layer, index) => ({
        label: t(layer.label),
        data: points(result.series[layer.series]),
        borderColor: layer.colour,
        backgroundColor: translucent(layer.colour, 0.45),
        borderWidth: 2,
        fill: index === 0 ? 'origin' : '-1',
      })),
    },
    options,
  };
}
