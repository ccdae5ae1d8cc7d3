/**
 * A stand-in for the page's pool of workers in the sandbox's state tests: it runs `simulate` in
 * this thread, either at once or when the test says so, and, like the pool, a new run supersedes
 * the one before.
 */
import { simulate, type RunConfig } from '../../../src/sim/index.ts';
import type { RunOutcome, WeekListener } from '../../../src/worker/pool.ts';
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
