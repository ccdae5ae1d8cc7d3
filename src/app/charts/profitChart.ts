/**
 * The profit chart: weekly profit and cumulative profit, in dollars, over the weeks of a run.
 * The two differ by a factor of the run's length, so each has its own axis (weekly on the left,
 * cumulative on the right), titled in its line's colour.
 */
import type { RunResult } from '../../sim/index.ts';
import { t } from '../i18n/t.ts';
import { baseOptions, points, valueAxis, valueTitlesOnlyWhenWide, weekAxis } from './common.ts';
import { okabeIto, translucent } from './palette.ts';
import type { LineChartConfig } from './setup.ts';

const WEEKLY = okabeIto.bluishGreen;
const CUMULATIVE = okabeIto.blue;

export function profitChart(result: RunResult, reducedMotion: boolean): LineChartConfig {
  const options = baseOptions(t('chart.profit.title'), 'money', reducedMotion);
  options.onResize = valueTitlesOnlyWhenWide;
  options.scales = {
    x: weekAxis(result.weeks),
    weekly: { ...valueAxis(t('chart.profit.weeklyAxis'), 'money', WEEKLY), position: 'left' },
    cumulative: {
      ...valueAxis(t('chart.profit.cumulativeAxis'), 'money', CUMULATIVE),
      position: 'right',
      grid: { drawOnChartArea: false },
    },
  };
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: t('chart.profit.cumulative'),
          data: points(result.series.cumulativeProfit),
          yAxisID: 'cumulative',
          borderColor: CUMULATIVE,
          backgroundColor: CUMULATIVE,
          borderWidth: 3.5,
        },
        {
          label: t('chart.profit.weekly'),
          data: points(result.series.profit),
          yAxisID: 'weekly',
          borderColor: WEEKLY,
          backgroundColor: translucent(WEEKLY, 0.9),
          borderWidth: 2,
        },
      ],
    },
    options,
  };
}
