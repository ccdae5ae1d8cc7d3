/**
 * The debrief's "what if"s over seeds: each what-if (its changes on top of A's and B's own
 * parameters) run for A and B on the verdict's seeds, one what-if after another on one runner,
 * keeping each run's final cumulative profit (dollars). Each then gets B − A seed by seed, its
 * median and range, and the seeds in which B ends ahead, so that a what-if's answer rests on as
 * many seeds as the debrief's own verdict and never on the one seed the sandbox link opens.
 */
import { finalCumulativeProfit, shareOf, type LeverShare } from '../../analysis/leverBreakdown.ts';
import { spreadSeeds, withSeeds } from '../../analysis/seeds.ts';
import type { RunConfig } from '../../sim/index.ts';
import { DebriefPart } from './debriefPart.svelte.ts';

/** A what-if's A and B on the first seed, under its label. */
export interface WhatIfPair {
  label: string;
  a: RunConfig;
  b: RunConfig;
}

/** What is run: the what-ifs, each on `seedCount` seeds from its first seed. */
export interface WhatIfPlan {
  pairs: readonly WhatIfPair[];
  seedCount: number;
}

export type WhatIfStatus = 'waiting' | 'running' | 'done' | 'failed';

export class WhatIfVerdicts extends DebriefPart<WhatIfPlan> {
  /** One per what-if, in the scenario's order. */
  statuses = $state<WhatIfStatus[]>([]);
  /** B − A over the seeds, per what-if, once it is done. */
  gains = $state.raw<(LeverShare | null)[]>([]);

  /** Run every what-if in turn; a new start supersedes the one going on. */
  override async start(plan: WhatIfPlan): Promise<void> {
    const pairs = plan.pairs;
    this.plan = plan;
    this.statuses = pairs.map(() => 'waiting');
    this.gains = pairs.map(() => null);
    this.error = null;
    for (const [index, pair] of pairs.entries()) {
      const seeds = spreadSeeds(pair.a.seed, plan.seedCount);
      const jobs = [...withSeeds(pair.a, seeds), ...withSeeds(pair.b, seeds)];
      this.seeds = seeds;
      this.done = 0;
      this.total = jobs.length;
      this.statuses[index] = 'running';
      const outcome = await this.runnerNow().run(jobs, finalCumulativeProfit, (done) => {
        if (this.plan === plan) this.done = done;
      });
      if (this.plan !== plan || outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed') {
        this.statuses[index] = 'failed';
        this.error = outcome.error;
        return;
      }
      const finalsA = outcome.runs.slice(0, seeds.length);
      const gain = outcome.runs.slice(seeds.length).map((value, seed) => value - finalsA[seed]);
      this.gains = this.gains.map((kept, at) => (at === index ? shareOf(pair.label, gain) : kept));
      this.statuses[index] = 'done';
    }
  }
}
