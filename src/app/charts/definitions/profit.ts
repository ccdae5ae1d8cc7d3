/**
 * Profit: weekly profit and cumulative profit, in dollars. The two differ by a factor of the
 * run's length, so each has its own axis (weekly on the left, cumulative on the right), titled
 * in its line's colour.
 */
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { valueAxis, valueTitlesOnlyWhenWide, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { focusWeek, signed, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

const WEEKLY = okabeIto.bluishGreen;
const CUMULATIVE = okabeIto.blue;

const layers = (): Layer[] => [
  { label: t('chart.profit.cumulative'), colour: CUMULATIVE, values: (run) => run.series.cumulativeProfit, axis: 'cumulative', width: 3.5 },
  { label: t('chart.profit.weekly'), colour: WEEKLY, values: (run) => run.series.profit, axis: 'weekly', width: 2 },
];

export const profitDefinition: ChartDefinition = {
  id: 'profit',
  title: () => t('chart.profit.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.profit.title'),
      kind: 'money',
      layers: layers(),
      scales: {
        x: weekAxis(input.a.weeks),
        weekly: { ...valueAxis(t('chart.profit.weeklyAxis'), 'money', WEEKLY), position: 'left' },
        cumulative: {
          ...valueAxis(t('chart.profit.cumulativeAxis'), 'money', CUMULATIVE),
          position: 'right',
          grid: { drawOnChartArea: false },
        },
      },
      options: { onResize: valueTitlesOnlyWhenWide },
    }),
  summary(input: ChartInput) {
    const week = focusWeek(input);
    const money = (value: number) => formatNumber(value, 'money');
    const cumulative = (run: ChartInput['a']) => valueAt(run.series.cumulativeProfit, week);
    if (input.b) {
      return t('chart.profit.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        totalA: money(cumulative(input.a)),
        totalB: money(cumulative(input.b)),
        difference: signed(cumulative(input.b) - cumulative(input.a), 'money'),
      });
    }
    return t('chart.profit.summary', {
      when: when(input),
      total: money(cumulative(input.a)),
      weekly: money(valueAt(input.a.series.profit, week)),
      week: week + 1,
    });
  },
  table: (input) =>
    weeklyTable(input, t('chart.profit.caption'), [
      { label: t('chart.profit.weekly'), kind: 'money', values: (run) => run.series.profit },
      { label: t('chart.profit.cumulative'), kind: 'money', values: (run) => run.series.cumulativeProfit },
    ]),
};
