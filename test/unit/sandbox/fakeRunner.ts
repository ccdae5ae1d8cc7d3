/**
 * Stand-ins for the page's pool of workers and its runner of spreads in the sandbox's state
 * tests: they run `simulate` in this thread, either at once or when the test says so, and, like
 * the pool, a new run supersedes the one before.
 */
import { simulate, type RunConfig, type RunResult } from '../../../src/sim/index.ts';
import type { RunOutcome, WeekListener } from '../../../src/worker/pool.ts';
import type { SeedRunsOutcome } from '../../../src/worker/seedRunner.ts';
import type { SpreadRunner } from '../../../src/app/state/seedSpreadRun.svelte.ts';
import type { Runner } from '../../../src/app/state/sideRun.svelte.ts';

interface Pending {
  config: RunConfig;
  settle: (outcome: RunOutcome) => void;
}

export class FakeRunner implements Runner {
  readonly asked: RunConfig[] = [];
  private pending: Pending | null = null;
  disposed = false;

  /** `manual`: runs wait for `finish()`; otherwise they finish in the next microtask. */
  constructor(private readonly manual = false) {}

  run(config: RunConfig, onWeek?: WeekListener): Promise<RunOutcome> {
    this.asked.push(config);
    this.pending?.settle({ kind: 'superseded' });
    return new Promise((settle) => {
      const mine = { config, settle };
      this.pending = mine;
      if (!this.manual) queueMicrotask(() => this.pending === mine && this.finish(onWeek));
    });
  }

  /** Finish the run going on with the core's result. */
  finish(onWeek?: WeekListener): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const result = simulate(pending.config);
    for (let week = 0; week < pending.config.weeks; week++) onWeek?.(week, pending.config.weeks);
    pending.settle({ kind: 'done', result, elapsedMs: 1 });
  }

  fail(error: string): void {
    this.pending?.settle({ kind: 'failed', error });
    this.pending = null;
  }

  get going(): boolean {
    return this.pending !== null;
  }

  cancel(): void {
    this.pending?.settle({ kind: 'superseded' });
    this.pending = null;
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }
}

/** Let pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await Promise.resolve();
}

/**
 * A stand-in for the page's SeedRunner: runs every configuration with `simulate` in this thread,
 * at once or when the test says so; `cancel` ends the runs going on as cancelled.
 */
export class FakeSpreadRunner implements SpreadRunner {
  readonly asked: RunConfig[][] = [];
  private pending: (() => void) | null = null;
  private cancelPending: (() => void) | null = null;
  private failPending: ((error: string) => void) | null = null;

  constructor(private readonly manual = false) {}

  run<T>(
    configs: readonly RunConfig[],
    keep: (result: RunResult) => T,
    onProgress?: (done: number, total: number) => void,
  ): Promise<SeedRunsOutcome<T>> {
    this.asked.push([...configs]);
    this.cancel();
    return new Promise((resolve) => {
      const finish = () => {
        this.pending = null;
        this.cancelPending = null;
        const runs = configs.map((config, index) => {
          const kept = keep(simulate(config));
          onProgress?.(index + 1, configs.length);
          return kept;
        });
        resolve({ kind: 'done', runs, elapsedMs: 1 });
      };
      this.pending = finish;
      this.cancelPending = () => resolve({ kind: 'cancelled' });
      this.failPending = (error) => resolve({ kind: 'failed', error });
      if (!this.manual) queueMicrotask(() => this.pending === finish && finish());
    });
  }

  finish(): void {
    this.pending?.();
  }

  /** End the runs going on as failed, as a worker's error would. */
  fail(error: string): void {
    const fail = this.failPending;
    this.pending = null;
    this.cancelPending = null;
    this.failPending = null;
    fail?.(error);
  }

  get going(): boolean {
    return this.pending !== null;
  }

  cancel(): void {
    const cancel = this.cancelPending;
    this.pending = null;
    this.cancelPending = null;
    cancel?.();
  }

  dispose(): void {
    this.cancel();
  }
}
