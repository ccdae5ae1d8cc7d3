/**
 * A pool of K shard workers for the page. Each Web Worker holds one slice of the market's people
 * (a RemoteShard over its messages); `simulateSharded` drives them week by week, so the result is
 * bit-identical to `simulate(config)` whatever K is. Every run gets an id: starting a run cancels
 * the one before (as `cancel()` does), and a superseded run's result is dropped. Failures come
 * back as strings in the outcome, never as exceptions. Times are in milliseconds.
 */
import { RunCancelled, simulateSharded, type RemoteShard, type RunConfig, type RunResult } from '../sim/index.ts';
import { spawnShardWorker, type ShardWorker } from './shardWorker.ts';

export type RunOutcome =
  | { kind: 'done'; result: RunResult; elapsedMs: number }
  | { kind: 'superseded' }
  | { kind: 'failed'; error: string };

export type WeekListener = (week: number, weeks: number) => void;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export class ShardPool {
  readonly size: number;
  private members: ShardWorker[] = [];
  private latest = 0;
  private controller: AbortController | null = null;
  /** One per run still waiting on the workers: fails it when a worker dies or is stopped. */
  private readonly waiting = new Set<(error: Error) => void>();

  constructor(size = 1) {
    this.size = size;
  }

  /** Run `config` on the pool's workers; any run still going is cancelled first. */
  async run(config: RunConfig, onWeek?: WeekListener): Promise<RunOutcome> {
    const id = ++this.latest;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    let interrupt: (error: Error) => void = () => undefined;
    const interrupted = new Promise<never>((_, reject) => {
      interrupt = reject;
    });
    this.waiting.add(interrupt);
    const started = performance.now();
    try {
      const shards = this.shards();
      const result = await Promise.race([
        simulateSharded(config, shards, {
          signal: controller.signal,
          onWeek: (week, weeks) => {
            if (id === this.latest) onWeek?.(week, weeks);
          },
        }),
        interrupted,
      ]);
      if (id !== this.latest) return { kind: 'superseded' };
      return { kind: 'done', result, elapsedMs: performance.now() - started };
    } catch (error) {
      if (id !== this.latest || error instanceof RunCancelled) return { kind: 'superseded' };
      // A worker that failed may hold a broken shard: start the next run on fresh workers.
      this.stopWorkers();
      return { kind: 'failed', error: messageOf(error) };
    } finally {
      this.waiting.delete(interrupt);
      if (id === this.latest) this.controller = null;
    }
  }

  /**
   * Cancel the run going on, if any, between two of its weeks; its outcome is `superseded`. The
   * workers stay, so the next run starts without spawning them again.
   */
  cancel(): void {
    this.latest++;
    this.controller?.abort();
    this.controller = null;
  }

  /** Cancel any run and stop the workers; a later run starts new ones. */
  dispose(): void {
    this.latest++;
    this.controller?.abort();
    this.controller = null;
    this.stopWorkers();
  }

  private shards(): RemoteShard[] {
    if (this.members.length === 0) {
      for (let index = 0; index < this.size; index++) this.members.push(this.spawn());
    }
    return this.members.map((member) => member.shard);
  }

  private spawn(): ShardWorker {
    // Fail the runs waiting on this worker; the next run starts on fresh workers.
    return spawnShardWorker((message) => {
      this.interruptWaiting(new Error(message));
      this.stopWorkers();
    });
  }

  private interruptWaiting(error: Error): void {
    for (const interrupt of [...this.waiting]) interrupt(error);
  }

  /** Terminated workers never answer, so any run still waiting on them is settled here. */
  private stopWorkers(): void {
    this.interruptWaiting(new RunCancelled());
    for (const member of this.members) member.worker.terminate();
    this.members = [];
  }
}
