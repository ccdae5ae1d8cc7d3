/**
 * Customers by state: customers, lapsed former customers and prospects (and fired customers, in
 * runs that fire any), in people, stacked so the whole market is visible at once and customers sit
 * on the baseline where they are easiest to read. In compare mode B's states are dashed outlines
 * over A's areas.
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, nonZero, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { focusWeek, signed, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

const states = [
  { series: 'customers', label: 'chart.states.customers', colour: okabeIto.blue },
  { series: 'lapsed', label: 'chart.states.lapsed', colour: okabeIto.vermillion },
  { series: 'prospects', label: 'chart.states.prospects', colour: okabeIto.orange },
] as const;

/** Shown only in runs where somebody is fired. */
const fired = { series: 'fired', label: 'chart.states.fired', colour: okabeIto.black } as const;

const layerOf = (state: (typeof states)[number] | typeof fired): Layer => ({
  label: t(state.label),
  colour: state.colour,
  values: (run) => run.series[state.series],
  stack: 'market',
});

const layers = (input: ChartInput): Layer[] => [...states.map(layerOf), ...nonZero(input, [layerOf(fired)])];

export const marketDefinition: ChartDefinition = {
  id: 'market',
  title: () => t('chart.states.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.states.title'),
      kind: 'count',
      layers: layers(input),
      scales: {
        x: weekAxis(input.a.weeks),
        y: { ...valueAxis(t('chart.states.axis'), 'count'), stacked: true, min: 0 },
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const count = (run: RunResult, series: string) => formatNumber(valueAt(run.series[series], week), 'count');
    if (input.b) {
      const difference = valueAt(input.b.series.customers, week) - valueAt(input.a.series.customers, week);
      return t('chart.states.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        customersA: count(input.a, 'customers'),
        customersB: count(input.b, 'customers'),
        difference: signed(difference, 'count'),
      });
    }
    return t('chart.states.summary', {
      when: when(input),
      customers: count(input.a, 'customers'),
      people: formatNumber(input.a.people, 'count'),
      lapsed: count(input.a, 'lapsed'),
      prospects: count(input.a, 'prospects'),
    });
  },
  table: (input) =>
    weeklyTable(
      input,
      t('chart.states.caption'),
      layers(input).map((layer) => ({ label: layer.label, kind: 'count' as const, values: layer.values })),
    ),
};
