/**
 * A RemoteShard over anything that can post messages and deliver replies (a Web Worker, a Node
 * worker thread, or a direct call in tests). Replies are matched to requests by id.
 */
import type { WeekContext } from '../model/context.ts';
import type { ShardSpec } from '../model/shard.ts';
import type { StoryEvent } from '../model/story.ts';
import { emptyTransactions } from '../model/transactionLog.ts';
import type { RunConfig } from './config.ts';
import type { RemoteShard, ShardRequest, ShardResponse } from './shardProtocol.ts';

export interface MessagePortLike {
  post(request: ShardRequest): void;
  /** Register the one handler for replies. */
  onReply(handler: (response: ShardResponse) => void): void;
}

export function portShard(port: MessagePortLike): RemoteShard {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (response: ShardResponse) => void; reject: (error: Error) => void }>();
  port.onReply((response) => {
    const waiter = waiting.get(response.id);
    if (!waiter) return;
    waiting.delete(response.id);
    if (response.ok) waiter.resolve(response);
    else waiter.reject(new Error(response.error));
  });
  type Unsent = ShardRequest extends infer R ? (R extends ShardRequest ? Omit<R, 'id'> : never) : never;
  function ask(request: Unsent): Promise<ShardResponse> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      port.post({ ...request, id } as ShardRequest);
    });
  }
  const totalsOf = (response: ShardResponse) => ('totals' in response ? response.totals : new Float64Array());
  return {
    init: async (spec: ShardSpec) => totalsOf(await ask({ type: 'init', spec })),
    step: async (context: WeekContext) => totalsOf(await ask({ type: 'step', context })),
    sample: async () => {
      const response = await ask({ type: 'sample' });
      return 'sample' in response ? response.sample : { ids: [], rows: [], arrivals: [] };
    },
    transactions: async () => {
      const response = await ask({ type: 'transactions' });
      return 'transactions' in response ? response.transactions : emptyTransactions();
    },
    runSeries: async (config: RunConfig, series: string) => {
      const response = await ask({ type: 'run', config, series });
      return 'values' in response ? response.values : new Float64Array();
    },
    stories: async () => {
      const response = await ask({ type: 'stories' });
      return 'stories' in response ? response.stories : ({} as Record<number, StoryEvent[]>);
    },
  };
}
