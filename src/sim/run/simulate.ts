/**
 * Running the model in this thread: the shards are stepped one after another each week. With one
 * shard (the default) this is the plain run; with several it is exactly what a pool of workers
 * computes, which lets tests compare layouts without threads.
 */
import { Shard } from '../model/shard.ts';
import { mergeSamples } from '../model/stateLog.ts';
import type { StoryEvent } from '../model/story.ts';
import { mergeTransactions } from '../model/transactionLog.ts';
import type { RunConfig, RunResult } from './config.ts';
import { Coordinator, splitPeople } from './coordinator.ts';

export function simulate(config: RunConfig, shardCount = 1): RunResult {
  const coordinator = new Coordinator(config);
  const sampled = coordinator.sampledIds();
  const shards = splitPeople(config.people, shardCount).map(
    (range) =>
      new Shard({
        params: config.params,
        runKey: coordinator.runKey,
        start: range.start,
        count: range.count,
        cohorts: coordinator.cohorts,
        traced: config.trace ?? [],
        sampled,
        transactions: config.transactions === true,
      }),
  );
  coordinator.begin(shards.map((shard) => shard.initialTotals()));
  for (let week = 0; week < config.weeks; week++) {
    const context = coordinator.contextFor(week);
    coordinator.finishWeek(week, shards.map((shard) => shard.step(context)));
  }
  const stories: Record<number, StoryEvent[]> = {};
  for (const shard of shards) for (const [person, events] of shard.stories()) stories[person] = events;
  const sample = sampled.length > 0 ? mergeSamples(shards.map((shard) => shard.sample())) : null;
  const transactions = config.transactions === true ? mergeTransactions(shards.map((shard) => shard.transactions())) : null;
  return coordinator.result(stories, sample, transactions);
}
