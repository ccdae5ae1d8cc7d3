/**
 * Running an experiment's plan on a set of executors (a worker of the app's pool, a Node worker
 * thread, or the core in this thread): each executor takes the next run of the plan as soon as
 * it is free, so every core stays busy, and gives back the run's measured series. Rows stream out
 * as cells complete; progress counts finished runs with an estimate of the time left (the mean
 * time a run has taken so far, over the executors). `pause` lets the runs under way finish and
 * starts no more until `resume`; `cancel` ends the experiment after the runs under way. Times in
 * milliseconds.
 */
import type { RunConfig } from '../sim/run/config.ts';
import type { ExperimentPlan } from './plan.ts';
import { ExperimentResults, type ExperimentRow } from './results.ts';
import type { Measure } from './measure.ts';

/** Runs one configuration and returns the weekly values of one series. */
export type SeriesExecutor = (config: RunConfig, series: string) => Promise<ArrayLike<number>>;

export interface ExperimentProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Time left at the pace so far; null before the first run finishes. */
  remainingMs: number | null;
}

export type ExperimentOutcome =
  | { kind: 'done'; results: ExperimentResults; elapsedMs: number }
  | { kind: 'cancelled'; results: ExperimentResults }
  | { kind: 'failed'; results: ExperimentResults; error: string };

export interface ExperimentListeners {
  onRows?: (rows: ExperimentRow[], results: ExperimentResults) => void;
  onProgress?: (progress: ExperimentProgress) => void;
}

export class ExperimentRunner {
  readonly results: ExperimentResults;
  private next = 0;
  private paused = false;
  private cancelled = false;
  private wake: (() => void)[] = [];
  private pausedMs = 0;
  private pausedAt: number | null = null;

  constructor(
    private readonly plan: ExperimentPlan,
    private readonly measure: Measure,
    private readonly executors: readonly SeriesExecutor[],
    private readonly now: () => number = () => performance.now(),
  ) {
    if (executors.length === 0) throw new Error('an experiment needs at least one executor');
    this.results = new ExperimentResults(plan, measure);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  async run(listeners: ExperimentListeners = {}): Promise<ExperimentOutcome> {
    const started = this.now();
    const total = this.plan.runs.length;
    let failure: string | null = null;
    const elapsed = () => this.now() - started - this.pausedMs - (this.pausedAt === null ? 0 : this.now() - this.pausedAt);
    const report = () => {
      const done = this.results.runsDone;
      const spent = elapsed();
      listeners.onProgress?.({ done, total, elapsedMs: spent, remainingMs: done === 0 ? null : (spent / done) * (total - done) });
    };
    const work = async (execute: SeriesExecutor) => {
      for (;;) {
        while (this.paused && !this.cancelled && failure === null) await new Promise<void>((resolve) => this.wake.push(resolve));
        if (this.cancelled || failure !== null || this.next >= total) return;
        const index = this.next++;
        try {
          const series = await execute(this.plan.runs[index], this.measure.series);
          if (this.cancelled) return;
          const rows = this.results.record(index, series);
          if (rows.length > 0) listeners.onRows?.(rows, this.results);
          report();
        } catch (error) {
          // An executor stopped by a cancel (the page terminates its workers) is no failure.
          if (this.cancelled) return;
          failure ??= error instanceof Error ? error.message : String(error);
          this.wakeAll();
          return;
        }
      }
    };
    report();
    await Promise.all(this.executors.map(work));
    if (failure !== null) return { kind: 'failed', results: this.results, error: failure };
    if (this.cancelled) return { kind: 'cancelled', results: this.results };
    return { kind: 'done', results: this.results, elapsedMs: elapsed() };
  }

  /** Start no more runs until `resume` (the runs under way finish and are kept). */
  pause(): void {
    if (this.paused || this.cancelled) return;
    this.paused = true;
    this.pausedAt = this.now();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.pausedAt !== null) this.pausedMs += this.now() - this.pausedAt;
    this.pausedAt = null;
    this.wakeAll();
  }

  /** End the experiment: no more runs start, and results of runs under way are dropped. */
  cancel(): void {
    this.cancelled = true;
    this.wakeAll();
  }

  private wakeAll(): void {
    const waiting = this.wake;
    this.wake = [];
    for (const resolve of waiting) resolve();
  }
}
