/**
 * The debrief's decomposition of B − A, run live: the scenario's chain of set-ups (A, A with each
 * lever in turn, B) on the same consecutive seeds as the verdict over seeds, on the page's workers,
 * keeping each run's final cumulative profit (dollars); then each lever's share (leverBreakdown.ts).
 */
import { leverBreakdown, type LeverShare } from '../../analysis/leverBreakdown.ts';
import { spreadSeeds, withSeeds } from '../../analysis/seeds.ts';
import type { RunConfig, RunResult } from '../../sim/index.ts';
import type { SpreadRunner } from './seedSpreadRun.svelte.ts';

export type BreakdownStatus = 'idle' | 'running' | 'done' | 'failed';

/** What the decomposition is of: the chain's runs on the first seed, the levers' names, the total's. */
export interface BreakdownPlan {
  chain: readonly RunConfig[];
  labels: readonly string[];
  total: string;
  seedCount: number;
}

function finalCumulativeProfit(result: RunResult): number {
  const series = result.series.cumulativeProfit;
  return series[series.length - 1];
}

export class LeverBreakdownRun {
  status = $state<BreakdownStatus>('idle');
  done = $state(0);
  total = $state(0);
  error = $state<string | null>(null);
  shares = $state.raw<LeverShare[] | null>(null);
  seeds = $state.raw<number[]>([]);

  private plan: BreakdownPlan | null = null;
  private runner: SpreadRunner | null = null;
  private readonly createRunner: () => SpreadRunner;

  constructor(createRunner: () => SpreadRunner) {
    this.createRunner = createRunner;
  }

  async start(plan: BreakdownPlan): Promise<void> {
    const seeds = spreadSeeds(plan.chain[0].seed, plan.seedCount);
    const jobs = plan.chain.flatMap((config) => withSeeds(config, seeds));
    this.plan = plan;
    this.seeds = seeds;
    this.status = 'running';
    this.error = null;
    this.shares = null;
    this.done = 0;
    this.total = jobs.length;
    this.runner ??= this.createRunner();
    const outcome = await this.runner.run(jobs, finalCumulativeProfit, (done) => {
      if (this.plan === plan) this.done = done;
    });
    if (this.plan !== plan || outcome.kind === 'cancelled') return;
    if (outcome.kind === 'failed') {
      this.status = 'failed';
      this.error = outcome.error;
      return;
    }
    const finals = plan.chain.map((_, index) => outcome.runs.slice(index * seeds.length, (index + 1) * seeds.length));
    this.shares = leverBreakdown(plan.labels, finals, plan.total);
    this.done = jobs.length;
    this.status = 'done';
  }

  retry(): void {
    if (this.plan) void this.start(this.plan);
  }

  dispose(): void {
    this.plan = null;
    this.runner?.dispose();
    this.runner = null;
  }
}
