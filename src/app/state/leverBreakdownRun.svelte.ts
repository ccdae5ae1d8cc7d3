/**
 * The debrief's decomposition of B − A, run live: the scenario's chain of set-ups (A, A with each
 * lever in turn, B) on the same consecutive seeds as the verdict over seeds, on the page's workers,
 * keeping each run's final cumulative profit (dollars); then each lever's share (leverBreakdown.ts).
 */
import { finalCumulativeProfit, leverBreakdown, type LeverShare } from '../../analysis/leverBreakdown.ts';
import { spreadSeeds, withSeeds } from '../../analysis/seeds.ts';
import type { RunConfig } from '../../sim/index.ts';
import { DebriefPart } from './debriefPart.svelte.ts';

export type BreakdownStatus = 'idle' | 'running' | 'done' | 'failed';

/** What the decomposition is of: the chain's runs on the first seed, the levers' names, the total's. */
export interface BreakdownPlan {
  chain: readonly RunConfig[];
  labels: readonly string[];
  total: string;
  seedCount: number;
}

export class LeverBreakdownRun extends DebriefPart<BreakdownPlan> {
  status = $state<BreakdownStatus>('idle');
  shares = $state.raw<LeverShare[] | null>(null);

  override async start(plan: BreakdownPlan): Promise<void> {
    const seeds = spreadSeeds(plan.chain[0].seed, plan.seedCount);
    const jobs = plan.chain.flatMap((config) => withSeeds(config, seeds));
    this.plan = plan;
    this.seeds = seeds;
    this.status = 'running';
    this.error = null;
    this.shares = null;
    this.done = 0;
    this.total = jobs.length;
    const outcome = await this.runnerNow().run(jobs, finalCumulativeProfit, (done) => {
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
}
