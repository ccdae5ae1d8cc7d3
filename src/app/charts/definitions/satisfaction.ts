/**
 * How satisfied the customers are: the five satisfaction bands (very low below −2, low −2 to
 * −0.5, neutral −0.5 to 0.5, high 0.5 to 2, very high 2 or more, in the model's points) as
 * shares of the week's customers, stacked to 100% from very low at the bottom to very high at
 * the top. A band's share is its count over the customers of that week (0 when there are none).
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { ink, okabeIto } from '../palette.ts';
import { focusWeek, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

export const bands: readonly { series: string; label: MessageKey; colour: string }[] = [
  { series: 'satisfactionVeryLow', label: 'chart.satisfaction.veryLow', colour: okabeIto.vermillion },
  { series: 'satisfactionLow', label: 'chart.satisfaction.low', colour: okabeIto.orange },
  { series: 'satisfactionNeutral', label: 'chart.satisfaction.neutral', colour: ink.neutral },
  { series: 'satisfactionHigh', label: 'chart.satisfaction.high', colour: okabeIto.skyBlue },
  { series: 'satisfactionVeryHigh', label: 'chart.satisfaction.veryHigh', colour: okabeIto.blue },
];

/** The share of the week's customers in a band. */
export function bandShare(run: RunResult, series: string): Float64Array {
  const customers = run.series.customers;
  return Float64Array.from(run.series[series], (count, week) => (customers[week] > 0 ? count / customers[week] : 0));
}

const layers = (): Layer[] =>
  bands.map((band) => ({ label: t(band.label), colour: band.colour, stack: 'bands', values: (run) => bandShare(run, band.series) }));

/** Shares satisfied (high or very high), neutral and dissatisfied (low or very low) in a week. */
function split(run: RunResult, week: number) {
  const share = (index: number) => valueAt(bandShare(run, bands[index].series), week);
  return { dissatisfied: share(0) + share(1), neutral: share(2), satisfied: share(3) + share(4) };
}

export const satisfactionDefinition: ChartDefinition = {
  id: 'satisfaction',
  title: () => t('chart.satisfaction.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.satisfaction.title'),
      kind: 'share',
      layers: layers(),
      scales: {
        x: weekAxis(input.a.weeks),
        y: { ...valueAxis(t('chart.satisfaction.axis'), 'share'), stacked: true, min: 0, max: 1 },
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const share = (value: number) => formatNumber(value, 'share');
    const a = split(input.a, week);
    if (input.b) {
      const b = split(input.b, week);
      return t('chart.satisfaction.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        satisfiedA: share(a.satisfied),
        dissatisfiedA: share(a.dissatisfied),
        satisfiedB: share(b.satisfied),
        dissatisfiedB: share(b.dissatisfied),
      });
    }
    return t('chart.satisfaction.summary', {
      when: when(input),
      satisfied: share(a.satisfied),
      neutral: share(a.neutral),
      dissatisfied: share(a.dissatisfied),
    });
  },
  table: (input) =>
    weeklyTable(
      input,
      t('chart.satisfaction.caption'),
      bands.map((band) => ({ label: t(band.label), kind: 'share' as const, values: (run: RunResult) => bandShare(run, band.series) })),
    ),
};
