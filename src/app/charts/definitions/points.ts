/**
 * The bonus bank's points, valued in dollars (one point is one cent off a later purchase):
 * points issued, redeemed and expired unused each week on the left axis, and the balance
 * outstanding (a liability on the books) on the right axis, which is larger by far. Shown only
 * when a bonus bank is on in A or in B.
 */
import type { RunResult } from '../../../sim/index.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import { valueAxis, valueTitlesOnlyWhenWide, weekAxis } from '../common.ts';
import type { ChartDefinition } from '../contract.ts';
import { layerChart, type Layer } from '../layers.ts';
import { okabeIto } from '../palette.ts';
import { focusWeek, runsOf, sumTo, valueAt, when } from '../runs.ts';
import { weeklyTable } from '../table.ts';

const OUTSTANDING = okabeIto.reddishPurple;

const flows: readonly { series: string; label: MessageKey; colour: string }[] = [
  { series: 'pointsIssued', label: 'chart.points.issued', colour: okabeIto.blue },
  { series: 'pointsRedeemed', label: 'chart.points.redeemed', colour: okabeIto.bluishGreen },
  { series: 'pointsExpired', label: 'chart.points.expired', colour: okabeIto.vermillion },
];

const layers = (): Layer[] => [
  { label: t('chart.points.outstanding'), colour: OUTSTANDING, values: (run) => run.series.pointsLiability, axis: 'outstanding', width: 3.5 },
  ...flows.map((flow) => ({ label: t(flow.label), colour: flow.colour, values: (run: RunResult) => run.series[flow.series], axis: 'weekly' })),
];

function totals(run: RunResult, week: number) {
  const issued = sumTo(run.series.pointsIssued, week);
  const expired = sumTo(run.series.pointsExpired, week);
  return {
    issued,
    redeemed: sumTo(run.series.pointsRedeemed, week),
    expired,
    breakage: issued > 0 ? expired / issued : 0,
    outstanding: valueAt(run.series.pointsLiability, week),
  };
}

export const pointsDefinition: ChartDefinition = {
  id: 'points',
  title: () => t('chart.points.title'),
  applies: (input) => runsOf(input).some((run) => run.result.params['bonusBank.enabled'] === true),
  config: (input) =>
    layerChart({
      input,
      title: t('chart.points.title'),
      kind: 'money',
      layers: layers(),
      scales: {
        x: weekAxis(input.a.weeks),
        weekly: { ...valueAxis(t('chart.points.weeklyAxis'), 'money'), position: 'left' },
        outstanding: {
          ...valueAxis(t('chart.points.outstandingAxis'), 'money', OUTSTANDING),
          position: 'right',
          grid: { drawOnChartArea: false },
        },
      },
      options: { onResize: valueTitlesOnlyWhenWide },
    }),
  summary(input) {
    const week = focusWeek(input);
    const money = (value: number) => formatNumber(value, 'money');
    const a = totals(input.a, week);
    if (input.b) {
      const b = totals(input.b, week);
      return t('chart.points.summaryCompare', {
        when: when(input),
        a: input.names.a,
        b: input.names.b,
        outstandingA: money(a.outstanding),
        outstandingB: money(b.outstanding),
        expiredA: money(a.expired),
        expiredB: money(b.expired),
      });
    }
    return t('chart.points.summary', {
      when: when(input),
      issued: money(a.issued),
      redeemed: money(a.redeemed),
      expired: money(a.expired),
      breakage: formatNumber(a.breakage, 'share'),
      outstanding: money(a.outstanding),
    });
  },
  table: (input) =>
    weeklyTable(input, t('chart.points.caption'), [
      ...flows.map((flow) => ({ label: t(flow.label), kind: 'money' as const, values: (run: RunResult) => run.series[flow.series] })),
      { label: t('chart.points.outstanding'), kind: 'money', values: (run) => run.series.pointsLiability },
    ]),
};
