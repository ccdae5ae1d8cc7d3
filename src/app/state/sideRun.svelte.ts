/**
 * The run of one parameter set (A or B): what was last asked for, its progress, and its latest
 * finished result (replaced as a whole). Asking again for the configuration already asked for
 * does nothing; asking for another one supersedes the run going on, so a result only lands if
 * it is for the configuration asked for last. Times in milliseconds.
 */
import { paramKeys, type RunConfig, type RunResult } from '../../sim/index.ts';
import type { RunOutcome, WeekListener } from '../../worker/pool.ts';

/** What runs a configuration: the page's pool of Web Workers, or a stand-in in tests. */
export interface Runner {
  run(config: RunConfig, onWeek?: WeekListener): Promise<RunOutcome>;
  /** Cancel the run going on; its outcome is `superseded`. */
  cancel(): void;
  dispose(): void;
}

/** Milliseconds between two updates of a run's progress. */
const PROGRESS_MS = 100;

export type SideStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

/** Same seed, length, market and parameter values. */
export function sameConfig(one: RunConfig, other: RunConfig): boolean {
  if (one.seed !== other.seed || one.weeks !== other.weeks || one.people !== other.people) return false;
  if (one.params === other.params) return true;
  return paramKeys.every((key) => one.params[key] === other.params[key]);
}

export class SideRun {
  status = $state<SideStatus>('idle');
  /** The latest finished result; it may be for an earlier configuration while a run goes on. */
  result = $state.raw<RunResult | null>(null);
  weeksDone = $state(0);
  /** Weeks of the run going on (or last asked for). */
  weeksAsked = $state(0);
  elapsedMs = $state<number | null>(null);
  error = $state<string | null>(null);

  private asked: RunConfig | null = null;
  private runner: Runner | null = null;
  private readonly createRunner: () => Runner;
  private readonly onLanded: () => void;
  private readonly onEnded: () => void;

  /** `onLanded` is called after a result has landed; `onEnded` after a run asked for last ended in any way but a cancel. */
  constructor(createRunner: () => Runner, onLanded: () => void, onEnded: () => void = () => undefined) {
    this.createRunner = createRunner;
    this.onLanded = onLanded;
    this.onEnded = onEnded;
  }

  /** The configuration last asked for. */
  get config(): RunConfig | null {
    return this.asked;
  }

  /** True when the result on hand is for the configuration last asked for. */
  get current(): boolean {
    return this.status === 'done' && this.result !== null;
  }

  /** Run `config` unless it is what was asked for last and that did not fail or get cancelled. */
  request(config: RunConfig): void {
    if (this.asked && sameConfig(this.asked, config) && (this.status === 'running' || this.status === 'done')) return;
    void this.start(config);
  }

  /** Take a result computed elsewhere for this exact configuration (B as a copy of A). */
  adopt(config: RunConfig, result: RunResult): void {
    this.runner?.cancel();
    this.asked = config;
    this.result = result;
    this.weeksAsked = config.weeks;
    this.weeksDone = config.weeks;
    this.error = null;
    this.status = 'done';
    this.onLanded();
    this.onEnded();
  }

  /** Run the last configuration again (after a failure or a cancel). */
  retry(): void {
    if (this.asked) void this.start(this.asked);
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.runner?.cancel();
    this.status = 'cancelled';
  }

  /** Stop the run and forget it, keeping the workers (compare mode switched off). */
  forget(): void {
    if (this.status === 'running') this.runner?.cancel();
    this.asked = null;
    this.result = null;
    this.status = 'idle';
  }

  dispose(): void {
    this.runner?.dispose();
    this.runner = null;
  }

  private async start(config: RunConfig): Promise<void> {
    this.asked = config;
    this.status = 'running';
    this.error = null;
    this.weeksDone = 0;
    this.weeksAsked = config.weeks;
    this.runner ??= this.createRunner();
    // Progress is shown at most every PROGRESS_MS: a quick run then costs the page no redraws.
    let shownAt = performance.now();
    const outcome = await this.runner.run(config, (week, weeks) => {
      const now = performance.now();
      if (this.asked !== config || (now - shownAt < PROGRESS_MS && week + 1 < weeks)) return;
      shownAt = now;
      this.weeksDone = week + 1;
    });
    // Only the run asked for last may land; anything else was superseded on the way.
    if (outcome.kind === 'superseded' || this.asked !== config) return;
    if (outcome.kind === 'failed') {
      this.error = outcome.error;
      this.status = 'failed';
      this.onEnded();
      return;
    }
    this.result = outcome.result;
    this.elapsedMs = outcome.elapsedMs;
    this.status = 'done';
    this.onLanded();
    this.onEnded();
  }
}
