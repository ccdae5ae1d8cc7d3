/**
 * An experiment in words: an axis's title and what is measured, the runs it takes and their time,
 * one point's numbers (for a hover, a focused cell and the screen reader), and a sentence on the
 * whole sweep, generated from the medians: with a B − A measure, where B comes out ahead and in
 * how many cells it does so in at least 9 seeds of 10; for one numeric parameter, where the median
 * crosses zero; and where the set-up itself lies on the map (setUpOnAxes.ts). The figures are the
 * measured series' own unit; parameters in their own.
 */
import { axisName, type Axis } from '../../experiment/axis.ts';
import { measureInfo, type Measure } from '../../experiment/measure.ts';
import { paramDef } from '../../sim/params/schema.ts';
import type { ParamValue } from '../../sim/params/types.ts';
import type { PointSummary } from '../../experiment/results.ts';
import type { SetUpOnAxis } from '../../experiment/setUpOnAxes.ts';
import { zeroCrossings } from '../charts/experimentGrid.ts';
import { valueText } from '../components/experiment/pointText.ts';
import { formatMeasured } from '../format/measured.ts';
import { formatNumber, formatRounded, countOf } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import { paramText, seriesName } from '../i18n/coreText.ts';

/** The share of seeds B must win in for a cell to count as a clear win. */
export const CLEAR_SHARE = 0.9;

/** An axis's title on a chart: the parameter's label, the set-up it changes (with a B) and its unit. */
export function axisTitle(axis: Axis, withB: boolean): string {
  const def = paramDef(axis.key);
  const text = paramText(axis.key);
  const where = withB ? ` (${axis.target === 'both' ? t('experiment.axis.both') : axis.target})` : '';
  const unit = text.unit && (def.kind === 'number' || def.kind === 'integer') ? `, ${text.unit}` : '';
  return `${text.label}${where}${unit}`;
}

/** What an experiment measures, in words: “Profit since week 0, B − A”. */
export function measuredText(measure: Measure): string {
  const of = measure.of === 'B-A' ? t('experiment.measure.difference') : measure.of;
  return t('experiment.measured', { series: seriesName(measureInfo(measure).name), of });
}

/** The runs an experiment takes and their expected time on this device, in a sentence. */
export function estimateText(runs: number, seconds: number, workers: number): string {
  const time =
    seconds < 90
      ? t('experiment.seconds', { seconds: formatNumber(Math.max(1, Math.ceil(seconds)), 'count') })
      : t('experiment.minutes', { minutes: formatNumber(Math.ceil(seconds / 60), 'count') });
  return t('experiment.count', { runs: formatNumber(runs, 'count'), time, workers });
}

/** One point's numbers in a sentence. */
export function describePoint(axes: readonly Axis[], summary: PointSummary | null, values: readonly ParamValue[], measured: string, unit: string): string {
  const where = axes.map((axis, index) => `${axisName(axis)} = ${valueText(values[index])}`).join(', ');
  if (!summary) return t('experiment.point.waiting', { where });
  const numbers = t('experiment.point.numbers', {
    where,
    measured,
    median: formatMeasured(summary.median, unit),
    low: formatMeasured(summary.low, unit),
    high: formatMeasured(summary.high, unit),
    seeds: countOf(summary.seeds),
  });
  return summary.shareBAhead === null ? numbers : `${numbers} ${t('experiment.point.share', { share: formatRounded(summary.shareBAhead, 'share') })}`;
}

/** Where a one-parameter sweep's median crosses zero, in the parameter's values (numbers only). */
export function crossingValues(values: readonly ParamValue[], medians: readonly (number | null)[]): number[] {
  if (!values.every((value) => typeof value === 'number')) return [];
  const numbers = values as number[];
  return zeroCrossings(medians).map((position) => {
    const below = Math.floor(position);
    const next = Math.min(below + 1, numbers.length - 1);
    return numbers[below] + (position - below) * (numbers[next] - numbers[below]);
  });
}

/** A sentence on where B pays, for a B − A measure with every point complete; null otherwise. */
export function regionSentence(axes: readonly Axis[], summaries: readonly (PointSummary | null)[], seeds: number): string | null {
  if (summaries.length === 0 || summaries.some((summary) => summary === null || summary.shareBAhead === null)) return null;
  const complete = summaries as PointSummary[];
  const ahead = complete.filter((summary) => summary.median > 0).length;
  const clear = complete.filter((summary) => (summary.shareBAhead as number) >= CLEAR_SHARE).length;
  const counts = {
    ahead: countOf(ahead),
    clear: countOf(clear),
    points: countOf(complete.length),
    seeds: countOf(seeds),
  };
  if (ahead === 0) return t('experiment.region.never', counts);
  if (ahead === complete.length && clear === complete.length) return t('experiment.region.always', counts);
  const sentence = t('experiment.region.some', counts);
  if (axes.length !== 1) return sentence;
  const crossings = crossingValues(axes[0].values, complete.map((summary) => summary.median));
  if (crossings.length === 0) return sentence;
  const list = crossings.map((value) => valueText(Number(value.toPrecision(3)))).join(', ');
  return `${sentence} ${t('experiment.region.crossing', { parameter: axisName(axes[0]), values: list })}`;
}

/** Where the set-up itself lies on the map, in a sentence: marked on it, outside it, or no one point of it. */
export function setUpSentence(axes: readonly Axis[], onAxes: readonly SetUpOnAxis[]): string {
  const differs = onAxes.findIndex((place) => place.kind === 'differs');
  const place = onAxes[differs];
  if (place?.kind === 'differs') {
    return t('experiment.setUp.differs', { name: axisName(axes[differs]!), a: valueText(place.a), b: valueText(place.b) });
  }
  const where = onAxes.map((one, index) => `${axisName(axes[index]!)} = ${one.kind === 'differs' ? '' : valueText(one.value)}`).join(', ');
  if (!onAxes.every((one) => one.kind === 'on')) return t('experiment.setUp.outside', { where });
  // A heatmap rings the set-up; a one-parameter line marks it with a dotted line.
  return t(axes.length === 1 ? 'experiment.setUp.onLine' : 'experiment.setUp.on', { where });
}
