/**
 * What the parts of the debrief that run over seeds have in common (the table lever by lever,
 * the what-ifs): a plan to run, a runner made when first needed (a lane of the debrief's queue),
 * the progress of the runs going on, the error that stopped them, and the seeds they use.
 */
import type { SpreadRunner } from './seedSpreadRun.svelte.ts';

export abstract class DebriefPart<Plan> {
  /** Runs done and asked for, of the batch going on. */
  done = $state(0);
  total = $state(0);
  error = $state<string | null>(null);
  seeds = $state.raw<number[]>([]);

  /** The plan being run; a new start replaces it, and runs of an older plan are dropped. */
  protected plan: Plan | null = null;
  private runner: SpreadRunner | null = null;
  private readonly createRunner: () => SpreadRunner;

  constructor(createRunner: () => SpreadRunner) {
    this.createRunner = createRunner;
  }

  abstract start(plan: Plan): Promise<void>;

  protected runnerNow(): SpreadRunner {
    this.runner ??= this.createRunner();
    return this.runner;
  }

  /** Run the plan again (after a failure). */
  retry(): void {
    if (this.plan) void this.start(this.plan);
  }

  dispose(): void {
    this.plan = null;
    this.runner?.dispose();
    this.runner = null;
  }
}
