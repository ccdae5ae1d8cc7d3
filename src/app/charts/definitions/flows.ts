/**
 * Who comes and who goes: new customers by channel (paid marketing, referred by a friend, won
 * back) stacked above zero, and leavers by reason stacked below it, in people a week. Weekly
 * counts of a few people jump about, so the chart draws a trailing 4-week average (the axis
 * says so); the table keeps the raw weekly counts.
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { movingAverage, valueAxis, weekAxis } from '../common.ts';
import type { ChartDefinition, ChartInput } from '../contract.ts';
import { layerChart, nonZero, type Layer } from '../layers.ts';
import { ink, okabeIto } from '../palette.ts';
import { focusWeek, sumTo, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

/** Weeks in the moving average the chart draws. */
export const AVERAGE_WEEKS = 4;

interface Flow {
  series: string;
  label: MessageKey;
  colour: string;
  /** Joiners are drawn above zero, leavers below. */
  side: 'joined' | 'left';
  /** For leavers: why they left, as the summary says it. */
  reason?: MessageKey;
}

export const joinings: readonly Flow[] = [
  { series: 'newPaid', label: 'chart.flows.newPaid', colour: okabeIto.blue, side: 'joined' },
  { series: 'newReferred', label: 'chart.flows.newReferred', colour: okabeIto.bluishGreen, side: 'joined' },
  { series: 'wonBack', label: 'chart.flows.wonBack', colour: okabeIto.skyBlue, side: 'joined' },
  { series: 'newTouched', label: 'chart.flows.newTouched', colour: okabeIto.yellow, side: 'joined' },
];

export const leavings: readonly Flow[] = [
  { series: 'leftCompetitor', label: 'chart.flows.leftCompetitor', reason: 'chart.flows.leftCompetitor.reason', colour: okabeIto.vermillion, side: 'left' },
  { series: 'leftBrokenPromise', label: 'chart.flows.leftBrokenPromise', reason: 'chart.flows.leftBrokenPromise.reason', colour: okabeIto.reddishPurple, side: 'left' },
  { series: 'leftConflict', label: 'chart.flows.leftConflict', reason: 'chart.flows.leftConflict.reason', colour: okabeIto.black, side: 'left' },
  { series: 'leftServiceFailure', label: 'chart.flows.leftServiceFailure', reason: 'chart.flows.leftServiceFailure.reason', colour: okabeIto.orange, side: 'left' },
  { series: 'leftNeglect', label: 'chart.flows.leftNeglect', reason: 'chart.flows.leftNeglect.reason', colour: ink.neutral, side: 'left' },
  { series: 'leftFired', label: 'chart.flows.leftFired', reason: 'chart.flows.leftFired.reason', colour: '#5c3a00', side: 'left' },
  { series: 'leftMoved', label: 'chart.flows.leftMoved', reason: 'chart.flows.leftMoved.reason', colour: ink.muted, side: 'left' },
];

const flows = [...joinings, ...leavings];

const layers = (input: ChartInput): Layer[] =>
  nonZero(
    input,
    flows.map((flow) => ({
      label: t(flow.label),
      colour: flow.colour,
      stack: flow.side,
      values: (run: RunResult) => movingAverage(run.series[flow.series], AVERAGE_WEEKS, flow.side === 'left' ? -1 : 1),
    })),
  );

/** Totals up to the focus week: joined, left, each channel, and the commonest reason to leave. */
function totals(run: RunResult, week: number) {
  const sums = Object.fromEntries(flows.map((flow) => [flow.series, sumTo(run.series[flow.series], week)]));
  const joined = joinings.reduce((total, flow) => total + sums[flow.series], 0);
  const left = leavings.reduce((total, flow) => total + sums[flow.series], 0);
  const main = leavings.reduce((best, flow) => (sums[flow.series] > sums[best.series] ? flow : best), leavings[0]);
  return { sums, joined, left, main };
}

export const flowsDefinition: ChartDefinition = {
  id: 'flows',
  title: () => t('chart.flows.title'),
  applies: () => true,
  config: (input) =>
    layerChart({
      input,
      title: t('chart.flows.title'),
      kind: 'count',
      layers: layers(input),
      scales: {
        x: weekAxis(input.a.weeks),
        y: { ...valueAxis(t('chart.flows.axis', { weeks: AVERAGE_WEEKS }), 'count'), stacked: true },
      },
    }),
  summary(input) {
    const week = focusWeek(input);
    const count = (value: number) => formatNumber(value, 'count');
    if (input.b) {
      const a = totals(input.a, week);
      const b = totals(input.b, week);
      return t('chart.flows.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        joinedA: count(a.joined),
        leftA: count(a.left),
        joinedB: count(b.joined),
        leftB: count(b.left),
      });
    }
    const { sums, joined, left, main } = totals(input.a, week);
    const values = {
      when: when(input),
      joined: count(joined),
      paid: count(sums.newPaid),
      referred: count(sums.newReferred),
      wonBack: count(sums.wonBack),
      left: count(left),
    };
    if (left === 0) return t('chart.flows.summaryNoneLeft', values);
    return t('chart.flows.summary', { ...values, reason: t(main.reason ?? main.label), count: count(sums[main.series]) });
  },
  table: (input) =>
    weeklyTable(
      input,
      t('chart.flows.caption'),
      flows.map((flow) => ({ label: t(flow.label), kind: 'count' as const, values: (run: RunResult) => run.series[flow.series] })),
    ),
};
