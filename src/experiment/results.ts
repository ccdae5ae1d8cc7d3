/**
 * An experiment's results as they come in: each finished run gives its measured series (measure.ts);
 * a cell (a point and a repetition) is complete when its A run (and B run) are in, and then gives
 * one row: the axes' values, the seed, A's measure, B's and the measured figure (A, B or B − A).
 * Per point: the median and the 10–90% band of the measured figure over the seeds complete so far
 * (seedSpread.ts's quantiles), and the share of seeds in which B's measure is above A's.
 * Units are the measured series' own.
 */
import { quantileSorted } from 'd3-array';
import { BAND } from '../analysis/seedSpread.ts';
import type { ParamValue } from '../sim/params/types.ts';
import { measureOf, type Measure } from './measure.ts';
import type { ExperimentPlan } from './plan.ts';

export interface ExperimentRow {
  point: number;
  values: ParamValue[];
  repetition: number;
  seed: number;
  a: number;
  /** B's measure, or null without B. */
  b: number | null;
  /** The figure measured: A, B or B − A. */
  measured: number;
}

export interface PointSummary {
  point: number;
  values: ParamValue[];
  /** Seeds complete at this point. */
  seeds: number;
  median: number;
  low: number;
  high: number;
  /** Share of the complete seeds in which B's measure is above A's (null without B). */
  shareBAhead: number | null;
}

/** B − A read at 12 significant digits, so that a difference of sums in cents reads in cents. */
export function difference(b: number, a: number): number {
  return Number((b - a).toPrecision(12));
}

export class ExperimentResults {
  private readonly measures: (number | undefined)[];
  private readonly rowsByPoint: (ExperimentRow | undefined)[][];
  /** cellsOfRun[run]: the cells (point, repetition) that run is part of. */
  private readonly cellsOfRun: [number, number][][];
  private finishedRuns = 0;

  constructor(
    readonly plan: ExperimentPlan,
    readonly measure: Measure,
  ) {
    this.measures = new Array(plan.runs.length);
    this.rowsByPoint = plan.points.map(() => new Array(plan.seeds.length));
    this.cellsOfRun = plan.runs.map(() => []);
    plan.pairs.forEach((cells, point) =>
      cells.forEach((cell, repetition) => {
        this.cellsOfRun[cell.a].push([point, repetition]);
        if (cell.b !== null && cell.b !== cell.a) this.cellsOfRun[cell.b].push([point, repetition]);
      }),
    );
  }

  get runsDone(): number {
    return this.finishedRuns;
  }

  /** Record run `index`'s measured series; returns the rows it completes. */
  record(index: number, series: ArrayLike<number>): ExperimentRow[] {
    if (this.measures[index] !== undefined) throw new Error(`run ${index} of the experiment was recorded twice`);
    this.measures[index] = measureOf(series, this.measure.at);
    this.finishedRuns += 1;
    const completed: ExperimentRow[] = [];
    for (const [point, repetition] of this.cellsOfRun[index]) {
      const row = this.rowOf(point, repetition);
      if (row) {
        this.rowsByPoint[point][repetition] = row;
        completed.push(row);
      }
    }
    return completed;
  }

  private rowOf(point: number, repetition: number): ExperimentRow | null {
    const cell = this.plan.pairs[point][repetition];
    const a = this.measures[cell.a];
    const b = cell.b === null ? null : this.measures[cell.b];
    if (a === undefined || b === undefined) return null;
    const of = this.measure.of;
    const measured = of === 'A' ? a : of === 'B' ? (b as number) : difference(b as number, a);
    return { point, values: this.plan.points[point].values, repetition, seed: this.plan.seeds[repetition], a, b, measured };
  }

  /** Every complete row, point by point and seed by seed. */
  rows(): ExperimentRow[] {
    return this.rowsByPoint.flatMap((rows) => rows.filter((row): row is ExperimentRow => row !== undefined));
  }

  /** The summary of one point over its complete seeds, or null while none is complete. */
  summary(point: number): PointSummary | null {
    const rows = this.rowsByPoint[point].filter((row): row is ExperimentRow => row !== undefined);
    if (rows.length === 0) return null;
    const sorted = rows.map((row) => row.measured).sort((x, y) => x - y);
    const withB = rows[0].b !== null;
    return {
      point,
      values: this.plan.points[point].values,
      seeds: rows.length,
      median: quantileSorted(sorted, 0.5) as number,
      low: quantileSorted(sorted, BAND.low) as number,
      high: quantileSorted(sorted, BAND.high) as number,
      shareBAhead: withB ? rows.filter((row) => (row.b as number) > row.a).length / rows.length : null,
    };
  }

  summaries(): (PointSummary | null)[] {
    return this.plan.points.map((point) => this.summary(point.index));
  }
}
