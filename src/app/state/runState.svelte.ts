/**
 * The state of the page's run: the whole result (replaced, never mutated), its progress, timing
 * and any error, and the views derived from it (headline numbers, chart configurations). The
 * run itself happens in a pool of Web Workers; weeks count from 0, times are in milliseconds.
 */
import type { RunConfig, RunResult } from '../../sim/index.ts';
import { ShardPool } from '../../worker/pool.ts';
import { marketChart } from '../charts/marketChart.ts';
import { profitChart } from '../charts/profitChart.ts';
import { prefersReducedMotion } from '../charts/setup.ts';
import { summaryView } from './summaryView.ts';

export type RunStatus = 'running' | 'done' | 'failed';

export class RunState {
  readonly config: RunConfig;
  readonly workers: number;
  private readonly pool: ShardPool;

  status = $state<RunStatus>('running');
  result = $state.raw<RunResult | null>(null);
  /** Weeks computed so far in the current run. */
  weeksDone = $state(0);
  elapsedMs = $state<number | null>(null);
  error = $state<string | null>(null);

  readonly summary = $derived(summaryView(this.result?.summary ?? null));
  readonly profitChart = $derived(this.result ? profitChart(this.result, prefersReducedMotion()) : null);
  readonly marketChart = $derived(this.result ? marketChart(this.result, prefersReducedMotion()) : null);

  constructor(config: RunConfig, workers: number) {
    this.config = config;
    this.workers = workers;
    this.pool = new ShardPool(workers);
  }

  async run(): Promise<void> {
    this.status = 'running';
    this.error = null;
    this.weeksDone = 0;
    const outcome = await this.pool.run(this.config, (week) => {
      this.weeksDone = week + 1;
    });
    if (outcome.kind === 'superseded') return;
    if (outcome.kind === 'failed') {
      this.error = outcome.error;
      this.status = 'failed';
      return;
    }
    this.result = outcome.result;
    this.elapsedMs = outcome.elapsedMs;
    this.status = 'done';
  }

  dispose(): void {
    this.pool.dispose();
  }
}
