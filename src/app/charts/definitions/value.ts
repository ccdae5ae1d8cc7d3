/**
 * What a customer is worth against what winning one costs, both in dollars per customer: value
 * per customer (yearly margin over the expected lifetime, as the core computes it) and
 * marketing spent so far per customer it won (newcomers and win-backs).
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { focusWeek, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

const layers = (): Layer[] => [
  { label: t('chart.value.value'), colour: okabeIto.blue, values: (run) => run.series.valuePerCustomer, width: 3, marker: 'circle' },
  { label: t('chart.value.cost'), colour: okabeIto.vermillion, values: (run) => run.series.costPerCustomerWon, width: 3, marker: 'triangle' },
];

const at = (run: RunResult, week: number) => ({
  value: valueAt(run.series.valuePerCustomer, week),
  cost: valueAt(run.series.costPerCustomerWon, week),
});

export const valueDefinition: ChartDefinition = {
  id: 'value',
  title: () => t('chart.value.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.value.title'),
      kind: 'money',
      layers: layers(),
      scales: {
        x: weekAxis(input.a.weeks),
        y: valueAxis(t('chart.value.axis'), 'money'),
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const money = (value: number) => formatNumber(value, 'money');
    const a = at(input.a, week);
    if (input.b) {
      const b = at(input.b, week);
      return t('chart.value.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        valueA: money(a.value),
        valueB: money(b.value),
        costA: money(a.cost),
        costB: money(b.cost),
      });
    }
    return t('chart.value.summary', { when: when(input), value: money(a.value), cost: money(a.cost) });
  },
  table: (input) =>
    weeklyTable(input, t('chart.value.caption'), [
      { label: t('chart.value.value'), kind: 'money', values: (run) => run.series.valuePerCustomer },
      { label: t('chart.value.cost'), kind: 'money', values: (run) => run.series.costPerCustomerWon },
    ]),
};
