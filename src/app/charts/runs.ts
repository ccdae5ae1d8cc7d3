/**
 * The runs a chart draws: run A alone, or A and B in compare mode, each with its name and its
 * line pattern (A solid, B dashed, so the two differ without colour). Also the week a chart's
 * words speak of: the scrubber's week, or the last week of the run. Weeks are 0-based here and
 * read as week + 1 (weeks elapsed), as on the charts.
 */
import type { RunResult } from '../../sim/index.ts';
import { formatNumber, type NumberKind } from '../format/numbers.ts';
import { t } from '../i18n/t.ts';
import type { ChartInput } from './contract.ts';
import { DASH_B } from './palette.ts';

export interface RunView {
  key: 'a' | 'b';
  name: string;
  result: RunResult;
  /** chart.js borderDash: [] for solid. */
  dash: number[];
}

export function runsOf(input: ChartInput): RunView[] {
  const runs: RunView[] = [{ key: 'a', name: input.names.a, result: input.a, dash: [] }];
  if (input.b) runs.push({ key: 'b', name: input.names.b, result: input.b, dash: DASH_B });
  return runs;
}

export function isCompare(input: ChartInput): boolean {
  return input.b !== null;
}

/** The 0-based week the words speak of: the cursor's, within the run, or the run's last. */
export function focusWeek(input: ChartInput): number {
  const last = input.a.weeks - 1;
  if (input.cursorWeek === null) return last;
  return Math.max(0, Math.min(last, Math.floor(input.cursorWeek)));
}

/**
 * "After 156 weeks" at the end of the run, "By week 53" at the cursor: the opening of a
 * summary; `midSentence` gives the lower-case form ("after 156 weeks").
 */
export function when(input: ChartInput, midSentence = false): string {
  if (input.cursorWeek === null) return t(midSentence ? 'chart.when.endMid' : 'chart.when.end', { weeks: input.a.weeks });
  return t(midSentence ? 'chart.when.cursorMid' : 'chart.when.cursor', { week: focusWeek(input) + 1 });
}

/** A series' name with its run's in compare mode: "Customers (B)". */
export function runLabel(label: string, run: RunView, compare: boolean): string {
  return compare ? t('chart.run.series', { series: label, run: run.name }) : label;
}

/** The sum of a series over weeks 0..week. */
export function sumTo(values: ArrayLike<number>, week: number): number {
  let total = 0;
  for (let index = 0; index <= week && index < values.length; index++) total += values[index];
  return total;
}

/** The value of a series in a week, or NaN when the run has no such week. */
export function valueAt(values: ArrayLike<number>, week: number): number {
  return week >= 0 && week < values.length ? values[week] : Number.NaN;
}

/** A difference with its sign: "+$1,234", "-$56.70", "+12", "0". */
export function signed(value: number, kind: NumberKind): string {
  return value > 0 ? `+${formatNumber(value, kind)}` : formatNumber(value === 0 ? 0 : value, kind);
}
