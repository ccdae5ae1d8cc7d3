/**
 * The difference B − A in compare mode, week by week: weekly profit and cumulative profit in
 * dollars and customers in people, each in its own panel of one chart (three value axes stacked
 * on one week axis), since their units and sizes differ. Both runs share the seed and the
 * people, so a difference is the policy, not luck. Shown only in compare mode.
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber, type NumberKind } from '../../format/numbers.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { valueTitlesOnlyWhenWide, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { panelRules, panelScales } from '../panels.ts';
import { focusWeek, signed, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

interface Panel {
  series: string;
  label: MessageKey;
  axis: MessageKey;
  kind: NumberKind;
  colour: string;
}

/** From top to bottom. */
const panels: readonly Panel[] = [
  { series: 'profit', label: 'chart.difference.weekly', axis: 'chart.difference.weeklyAxis', kind: 'money', colour: okabeIto.bluishGreen },
  { series: 'cumulativeProfit', label: 'chart.difference.cumulative', axis: 'chart.difference.cumulativeAxis', kind: 'money', colour: okabeIto.blue },
  { series: 'customers', label: 'chart.difference.customers', axis: 'chart.difference.customersAxis', kind: 'count', colour: okabeIto.orange },
];

/** B − A of a series, week by week (zero outside compare mode). */
export function difference(input: ChartInput, series: string): Float64Array {
  const a = input.a.series[series];
  const b = input.b?.series[series] ?? a;
  return Float64Array.from(a, (value, week) => (week < b.length ? b[week] - value : Number.NaN));
}

const rules = panelRules(panels.map((panel) => panel.series));

const names = (input: ChartInput) => ({ a: input.names.a, b: input.names.b });

export const differenceDefinition: ChartDefinition = {
  id: 'difference',
  title: (input) => t('chart.difference.title', names(input)),
  applies: (input) => input.b !== null,
  config(input) {
    const layers: Layer[] = panels.map((panel) => ({
      label: t(panel.label, names(input)),
      colour: panel.colour,
      values: () => difference(input, panel.series),
      axis: panel.series,
      kind: panel.kind,
      width: 2.5,
    }));
    const scales = panelScales(
      panels.map((panel) => ({ id: panel.series, title: t(panel.axis), kind: panel.kind, colour: panel.colour, aroundZero: true })),
      'difference',
    );
    return layerChart({
      // One line per series: the difference itself, not A and B.
      input: { ...input, b: null },
      title: t('chart.difference.title', names(input)),
      kind: 'money',
      layers,
      scales: { x: weekAxis(input.a.weeks), ...scales },
      plugins: [rules],
      // On a phone the axis titles would cover the ticks: the coloured ticks and the legend tell the panels apart.
      options: { onResize: valueTitlesOnlyWhenWide },
    });
  },
  summary(input) {
    const week = focusWeek(input);
    const at = (series: string) => valueAt(difference(input, series), week);
    return t('chart.difference.summary', {
      ...names(input),
      when: when(input),
      cumulative: signed(at('cumulativeProfit'), 'money'),
      weekly: signed(at('profit'), 'money'),
      week: week + 1,
      customers: signed(at('customers'), 'count'),
    });
  },
  table: (input) =>
    weeklyTable(
      { ...input, b: null },
      t('chart.difference.caption', names(input)),
      panels.map((panel) => ({
        label: t(panel.label, names(input)),
        kind: panel.kind,
        values: (_run: RunResult) => difference(input, panel.series),
      })),
    ),
};
