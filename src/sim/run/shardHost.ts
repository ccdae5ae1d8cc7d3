/**
 * The shard side of the protocol: answers requests with a local Shard, or with a whole run made
 * here ('run'). A worker's script is this function wired to its message port, and nothing more.
 */
import { Shard } from '../model/shard.ts';
import type { StoryEvent } from '../model/story.ts';
import type { RunConfig } from './config.ts';
import { simulate } from './simulate.ts';
import type { ShardRequest, ShardResponse } from './shardProtocol.ts';

/** One weekly series of a whole run made here (an experiment's run: its own people, not the shard's). */
function seriesOfRun(config: RunConfig, series: string): Float64Array {
  const values = simulate(config).series[series];
  if (!values) throw new Error(`a run has no series "${series.slice(0, 40)}"`);
  return values;
}

export function createShardHost(): (request: ShardRequest) => ShardResponse {
  let shard: Shard | undefined;
  return (request) => {
    try {
      if (request.type === 'init') {
        // Forget the last run's people first, so that a failed init never leaves them to be stepped.
        shard = undefined;
        shard = new Shard(request.spec);
        return { id: request.id, ok: true, totals: shard.initialTotals() };
      }
      if (request.type === 'run') return { id: request.id, ok: true, values: seriesOfRun(request.config, request.series) };
      if (!shard) return { id: request.id, ok: false, error: 'the shard was asked to work before it was given people' };
      if (request.type === 'step') return { id: request.id, ok: true, totals: shard.step(request.context) };
      if (request.type === 'sample') return { id: request.id, ok: true, sample: shard.sample() };
      if (request.type === 'transactions') return { id: request.id, ok: true, transactions: shard.transactions() };
      const stories: Record<number, StoryEvent[]> = {};
      for (const [person, events] of shard.stories()) stories[person] = events;
      return { id: request.id, ok: true, stories };
    } catch (error) {
      return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
