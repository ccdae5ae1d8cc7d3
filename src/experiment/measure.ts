/**
 * What an experiment measures of each run: one weekly series (series.ts), read at one week, at
 * the last week, or summed over the run; of set-up A, of B, or B − A seed by seed. The unit is
 * the series' own (dollars for money, people for counts). Weeks are counted from 0, as the
 * charts count them.
 *
 * Text form:   [A.|B.|B-A.]series[@week|:sum]     e.g. `B-A.cumulativeProfit`, `customers@52`,
 * `A.profit:sum`. Without a prefix: B − A when there is a B, else A. Without @ or :sum: the last week.
 */
import { allSeries, seriesNames, type SeriesInfo } from '../sim/metrics/series.ts';
import type { Checked } from '../sim/params/validate.ts';

export const MEASURED_ARMS = ['A', 'B', 'B-A'] as const;
export type MeasuredArm = (typeof MEASURED_ARMS)[number];

/** Where in the run the series is read: a week (0-based), the last week, or the sum of all weeks. */
export type MeasureAt = { kind: 'week'; week: number } | { kind: 'end' } | { kind: 'sum' };

export interface Measure {
  series: string;
  at: MeasureAt;
  of: MeasuredArm;
}

/** The default measure: cumulative profit at the end, B − A with a B (the verdict of every scenario). */
export function defaultMeasure(hasB: boolean): Measure {
  return { series: 'cumulativeProfit', at: { kind: 'end' }, of: hasB ? 'B-A' : 'A' };
}

/** Check a measure against the run's length and set-ups. */
export function checkMeasure(measure: Measure, weeks: number, hasB: boolean): Checked<Measure> {
  if (!seriesNames.includes(measure.series)) {
    return { ok: false, error: `the measure "${measure.series.slice(0, 40)}" is not a series; the series are listed in --help and the model's page` };
  }
  if (measure.of !== 'A' && !hasB) return { ok: false, error: `the measure ${measureText(measure)} needs a set-up B: measure A.${measure.series}` };
  if (measure.at.kind === 'week' && (!Number.isInteger(measure.at.week) || measure.at.week < 0 || measure.at.week >= weeks)) {
    return { ok: false, error: `the measure's week must be from 0 to ${weeks - 1} (the run has ${weeks} weeks), not ${measure.at.week}` };
  }
  return { ok: true, value: measure };
}

/** Read a measure from its text form; without a prefix, `hasB` chooses B − A or A. */
export function parseMeasure(text: string, weeks: number, hasB: boolean): Checked<Measure> {
  const match = /^(?:(A|B|B-A)\.)?([A-Za-z]+)(?:@(\d+)|(:sum))?$/.exec(text.trim());
  if (!match) {
    return { ok: false, error: `a measure takes [A.|B.|B-A.]series[@week|:sum], such as B-A.cumulativeProfit or customers@52, not "${text.slice(0, 60)}"` };
  }
  const [, arm, series, week, sum] = match;
  const at: MeasureAt = week !== undefined ? { kind: 'week', week: Number(week) } : sum ? { kind: 'sum' } : { kind: 'end' };
  const of = (arm as MeasuredArm | undefined) ?? (hasB ? 'B-A' : 'A');
  return checkMeasure({ series, at, of }, weeks, hasB);
}

/** The text form of a measure, with its prefix: parseMeasure of it gives the same measure. */
export function measureText(measure: Measure): string {
  const at = measure.at.kind === 'week' ? `@${measure.at.week}` : measure.at.kind === 'sum' ? ':sum' : '';
  return `${measure.of}.${measure.series}${at}`;
}

/** The measured series' description and unit (series.ts). */
export function measureInfo(measure: Measure): SeriesInfo {
  const info = allSeries.find((candidate) => candidate.name === measure.series);
  if (!info) throw new Error(`no series ${measure.series}`);
  return info;
}

/** The measure of one run's series: the value at the week, at the last week, or the sum. */
export function measureOf(values: ArrayLike<number>, at: MeasureAt): number {
  if (at.kind === 'week') return values[at.week];
  if (at.kind === 'end') return values[values.length - 1];
  let sum = 0;
  for (let week = 0; week < values.length; week++) sum += values[week];
  return sum;
}
