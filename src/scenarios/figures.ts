/**
 * The debrief's figures: numbers read from the runs of A and B, each declared in the scenario's
 * file by what it reads, never typed in by hand.
 *
 *   value     a series of run A, run B, or B − A ("B-A"), at a week (default: the last) or
 *             summed over the weeks up to it (`sum`); `absolute` drops the sign (a cost, which
 *             the ledger books as negative, read as an amount spent);
 *   crossing  the week (weeks elapsed) from which B's series stays at or above A's to the end of
 *             the run: when B's line passes A's for good; none ("never") if B ends below A.
 *
 * One function computes them for the CLI and the browser, so both show the same numbers.
 */
import { allSeries } from '../sim/metrics/series.ts';
import type { RunResult } from '../sim/run/config.ts';
import { formatFigure, kindOfUnit, pluralOf, type FigureKind } from './format.ts';
import type { FilledFigure } from './template.ts';
import type { FigureSpec } from './types.ts';

export interface Figure extends FilledFigure {
  label: string;
  kind: FigureKind;
}

/** What a figure reads of a run: its length and weekly series (a whole RunResult, or the series a spread kept). */
export type FigureRun = Pick<RunResult, 'weeks' | 'series'>;

type Runs = { A: FigureRun; B: FigureRun };

const units = new Map(allSeries.map((info) => [info.name, info.unit]));

/** The unit of a series, or undefined for a name that is not a series. */
export function seriesUnit(name: string): string | undefined {
  return units.get(name);
}

function read(values: Float64Array, week: number, sum: boolean): number {
  if (!sum) return values[week];
  let total = 0;
  for (let index = 0; index <= week; index++) total += values[index];
  return total;
}

/** The weeks elapsed from which B stays at or above A to the end, or null if B ends below A. */
export function crossingWeek(a: Float64Array, b: Float64Array): number | null {
  const weeks = Math.min(a.length, b.length);
  if (weeks === 0 || b[weeks - 1] < a[weeks - 1]) return null;
  let from = weeks - 1;
  while (from > 0 && b[from - 1] >= a[from - 1]) from--;
  return from + 1;
}

function valueOf(spec: FigureSpec, runs: Runs): number | null {
  const weeks = runs.A.weeks;
  if (spec.kind === 'crossing') return crossingWeek(runs.A.series[spec.series], runs.B.series[spec.series]);
  const week = Math.min(weeks, spec.at ?? weeks) - 1;
  const of = (run: FigureRun) => read(run.series[spec.series], week, spec.sum);
  const value = spec.run === 'B-A' ? of(runs.B) - of(runs.A) : of(runs[spec.run]);
  return spec.absolute ? Math.abs(value) : value;
}

/** A figure of the runs, written in `language` (a BCP 47 tag; the scenario's). */
export function computeFigure(spec: FigureSpec, runs: Runs, language = 'en'): Figure {
  const value = valueOf(spec, runs);
  const kind: FigureKind = spec.kind === 'crossing' ? 'week' : kindOfUnit(seriesUnit(spec.series) ?? '');
  const signed = spec.kind === 'value' && spec.run === 'B-A' && !spec.absolute;
  return {
    label: spec.label,
    kind,
    value,
    text: formatFigure(value, kind, { signed }, language),
    absText: formatFigure(value, kind, { unsigned: true }, language),
    plural: pluralOf(value, kind, language),
  };
}

export function computeFigures(specs: Readonly<Record<string, FigureSpec>>, runs: Runs, language = 'en'): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const [name, spec] of Object.entries(specs)) figures[name] = computeFigure(spec, runs, language);
  return figures;
}
