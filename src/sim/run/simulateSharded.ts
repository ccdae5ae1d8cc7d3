/**
 * Running the model over shards that may live in other threads. Each week the coordinator sends
 * the same context to every shard and waits for all their totals; sums are of integers, so the
 * result is bit-identical to `simulate` with one shard. `onWeek` reports progress; `signal`
 * cancels between weeks.
 */
import { mergeSamples } from '../model/stateLog.ts';
import type { StoryEvent } from '../model/story.ts';
import { mergeTransactions } from '../model/transactionLog.ts';
import type { RunConfig, RunResult } from './config.ts';
import { Coordinator, splitPeople } from './coordinator.ts';
import type { RemoteShard } from './shardProtocol.ts';

export interface ShardedOptions {
  onWeek?: (week: number, weeks: number) => void;
  signal?: AbortSignal;
}

export class RunCancelled extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'RunCancelled';
  }
}

export async function simulateSharded(
  config: RunConfig,
  shards: readonly RemoteShard[],
  options: ShardedOptions = {},
): Promise<RunResult> {
  const coordinator = new Coordinator(config);
  const sampled = coordinator.sampledIds();
  const ranges = splitPeople(config.people, shards.length);
  const used = shards.slice(0, ranges.length);
  const initial = await Promise.all(
    used.map((shard, index) =>
      shard.init({
        params: config.params,
        runKey: coordinator.runKey,
        start: ranges[index].start,
        count: ranges[index].count,
        cohorts: coordinator.cohorts,
        traced: config.trace ?? [],
        sampled,
        transactions: config.transactions === true,
      }),
    ),
  );
  coordinator.begin(initial);
  for (let week = 0; week < config.weeks; week++) {
    if (options.signal?.aborted) throw new RunCancelled();
    const context = coordinator.contextFor(week);
    coordinator.finishWeek(week, await Promise.all(used.map((shard) => shard.step(context))));
    options.onWeek?.(week, config.weeks);
  }
  const stories: Record<number, StoryEvent[]> = {};
  for (const part of await Promise.all(used.map((shard) => shard.stories()))) Object.assign(stories, part);
  const sample = sampled.length > 0 ? mergeSamples(await Promise.all(used.map((shard) => shard.sample()))) : null;
  const transactions = config.transactions === true ? mergeTransactions(await Promise.all(used.map((shard) => shard.transactions()))) : null;
  return coordinator.result(stories, sample, transactions);
}
