/**
 * Many runs (a configuration over many seeds, or two configurations over the same seeds) in a
 * pool of workers: each worker runs whole runs (one shard holds the whole market), taking the
 * next configuration from a queue, so K runs on W workers take about K / W run-times. What is
 * kept of each run is chosen by the caller (a few series), so that hundreds of runs stay small.
 * Progress counts finished runs; `cancel` stops between weeks; a failure in any run fails the
 * whole spread with its message.
 */
import type { RunConfig, RunResult } from '../sim/index.ts';
import { ShardPool } from './pool.ts';

export type SeedRunsOutcome<T> =
  | { kind: 'done'; runs: T[]; elapsedMs: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: string };

export const SEEDS = { min: 2, max: 200, default: 20 } as const;

export class SeedRunner {
  private readonly pools: ShardPool[];
  private generation = 0;

  constructor(workers: number) {
    this.pools = Array.from({ length: Math.max(1, workers) }, () => new ShardPool(1));
  }

  async run<T>(
    configs: readonly RunConfig[],
    keep: (result: RunResult) => T,
    onProgress?: (done: number, total: number) => void,
  ): Promise<SeedRunsOutcome<T>> {
    const generation = ++this.generation;
    const started = performance.now();
    const runs = new Array<T>(configs.length);
    let next = 0;
    let done = 0;
    let failure: string | null = null;
    const work = async (pool: ShardPool) => {
      while (next < configs.length && failure === null && generation === this.generation) {
        const index = next++;
        const outcome = await pool.run(configs[index]);
        if (outcome.kind === 'failed') failure = outcome.error;
        if (outcome.kind !== 'done') return;
        runs[index] = keep(outcome.result);
        done += 1;
        if (generation === this.generation) onProgress?.(done, configs.length);
      }
    };
    await Promise.all(this.pools.map(work));
    if (generation !== this.generation) return { kind: 'cancelled' };
    if (failure !== null) return { kind: 'failed', error: failure };
    return { kind: 'done', runs, elapsedMs: performance.now() - started };
  }

  /** Stop the runs going on; their outcome is `cancelled`. */
  cancel(): void {
    this.generation++;
    for (const pool of this.pools) pool.cancel();
  }

  dispose(): void {
    this.generation++;
    for (const pool of this.pools) pool.dispose();
  }
}
