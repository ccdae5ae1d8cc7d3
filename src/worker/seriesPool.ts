/**
 * Whole runs on a pool of the page's Web Workers, for experiments: each worker makes one run at a
 * time from start to end (one shard holds the whole market) and sends back one weekly series, so
 * W workers keep W cores busy with no week-by-week messages. `executors()` gives one executor per
 * worker for the experiment runner; `stop()` terminates the workers at once (a cancel need not
 * wait for the runs under way), and the calls still waiting reject with RunCancelled. A worker
 * that dies fails the call waiting on it with its message; the next call starts fresh workers.
 */
import { RunCancelled } from '../sim/index.ts';
import type { SeriesExecutor } from '../experiment/runner.ts';
import { spawnShardWorker, type ShardWorker } from './shardWorker.ts';

export class SeriesPool {
  readonly size: number;
  private members: (ShardWorker | null)[];
  /** One per call still waiting on a worker, by worker slot: fails it when that worker dies or is stopped. */
  private readonly waiting = new Map<number, (error: Error) => void>();

  constructor(size: number) {
    this.size = Math.max(1, size);
    this.members = Array.from({ length: this.size }, () => null);
  }

  executors(): SeriesExecutor[] {
    return this.members.map((_, slot) => (config, series) => this.runOn(slot, config, series));
  }

  /** Terminate every worker; calls under way reject with RunCancelled; later calls spawn new ones. */
  stop(): void {
    for (const slot of this.members.keys()) this.stopSlot(slot, new RunCancelled());
  }

  private runOn(slot: number, config: Parameters<SeriesExecutor>[0], series: string): Promise<ArrayLike<number>> {
    const member = (this.members[slot] ??= spawnShardWorker((message) => this.stopSlot(slot, new Error(message))));
    return new Promise<ArrayLike<number>>((resolve, reject) => {
      this.waiting.set(slot, reject);
      member.shard.runSeries(config, series).then(resolve, reject).finally(() => {
        if (this.waiting.get(slot) === reject) this.waiting.delete(slot);
      });
    });
  }

  private stopSlot(slot: number, error: Error): void {
    this.waiting.get(slot)?.(error);
    this.waiting.delete(slot);
    this.members[slot]?.worker.terminate();
    this.members[slot] = null;
  }
}
