/**
 * The tracking plot of a file of transactions (analysis/diagnostics/tracking.ts): the customers'
 * repeat purchases week by week, and summed up, against what each fitted purchase model expects,
 * with the end of calibration marked; the weeks after it are the holdout the models never saw.
 * Weeks from the base's earliest first purchase, drawn from week 1.
 */
import type { FitOnScreen } from '../../../analysis/fitFile.ts';
import type { Tracking } from '../../../analysis/diagnostics/tracking.ts';
import { sumOf } from '../../../analysis/sumOf.ts';
import { formatNumber } from '../../format/numbers.ts';
import { t } from '../../i18n/t.ts';
import { weekAxis } from '../common.ts';
import type { ChartDefinition, DataTable } from '../contract.ts';
import { line, lineChart, seriesLabel, type Series } from './options.ts';

function trackingOf(fit: FitOnScreen): Tracking | null {
  return fit.kind === 'transactions' ? (fit.diagnostics?.tracking ?? null) : null;
}

function cumulative(values: ArrayLike<number>): Float64Array {
  let sum = 0;
  return Float64Array.from(values, (value) => (sum += value));
}

/** The series of the plot: the data, then each model, weekly or summed up. */
function seriesOf(tracking: Tracking, summed: boolean): { series: Series; values: ArrayLike<number> }[] {
  const shape = (values: ArrayLike<number>) => (summed ? cumulative(values) : values);
  return [{ series: 'yours' as Series, values: shape(tracking.actual) }, ...tracking.expected.map(({ model, weekly }) => ({ series: model as Series, values: shape(weekly) }))];
}

function table(tracking: Tracking, summed: boolean, caption: string): DataTable {
  const series = seriesOf(tracking, summed);
  return {
    caption,
    columns: [t('data.charts.week'), ...series.map(({ series: name }) => seriesLabel(name))],
    rows: Array.from({ length: tracking.actual.length }, (_, week) => [
      week === tracking.calibrationWeek ? `${week + 1} (${t('data.charts.calibrationEnd')})` : String(week + 1),
      ...series.map(({ values }) => formatNumber(values[week]!, 'count')),
    ]),
  };
}

function definition(id: string, summed: boolean): ChartDefinition<FitOnScreen> {
  const title = () => t(summed ? 'data.charts.cumulativeTitle' : 'data.charts.weeklyTitle');
  return {
    id,
    title,
    applies: (fit) => trackingOf(fit) !== null,
    config: (fit) => {
      const tracking = trackingOf(fit)!;
      const weeks = tracking.actual.length;
      return lineChart({
        title: title(),
        kind: 'count',
        datasets: seriesOf(tracking, summed).map(({ series, values }) => line(series, values)),
        x: weekAxis(weeks, t('data.charts.weekAxis')),
        yTitle: t(summed ? 'data.charts.cumulativeAxis' : 'data.charts.weeklyAxis'),
        marked: tracking.calibrationWeek < weeks - 1 ? { at: tracking.calibrationWeek, label: t('data.charts.calibrationEnd') } : null,
        tooltipTitle: (week) => `${t('data.charts.week')} ${week}`,
      });
    },
    summary: (fit) => {
      const tracking = trackingOf(fit)!;
      const model = tracking.expected[0]!.weekly;
      const count = (value: number) => formatNumber(value, 'count');
      if (summed) {
        const actual = sumOf(tracking.actual);
        const expected = sumOf(model);
        return t('data.charts.cumulativeSummary', { actual: count(actual), expected: count(expected), ratio: formatNumber(expected / actual, 'share') });
      }
      const from = tracking.calibrationWeek + 1;
      const holdout = tracking.actual.length - from;
      if (holdout <= 0) return t('data.charts.weeklySummaryNoHoldout', { weeks: tracking.actual.length, actual: count(sumOf(tracking.actual)), expected: count(sumOf(model)) });
      return t('data.charts.weeklySummary', { holdout, actual: count(sumOf(tracking.actual, from)), expected: count(sumOf(model, from)) });
    },
    table: (fit) => table(trackingOf(fit)!, summed, title()),
  };
}

export const weeklyTrackingDefinition = definition('fit-weekly', false);
export const cumulativeTrackingDefinition = definition('fit-cumulative', true);
