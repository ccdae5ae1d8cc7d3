/**
 * A RemoteShard that answers through the very message protocol the workers use, in this thread:
 * for tests that compare the worker layout with a plain run without starting threads.
 */
import { portShard } from '../../src/sim/run/portShard.ts';
import { createShardHost } from '../../src/sim/run/shardHost.ts';
import type { RemoteShard, ShardResponse } from '../../src/sim/run/shardProtocol.ts';

export function inProcessShard(): RemoteShard {
  const answer = createShardHost();
  let handler: (response: ShardResponse) => void = () => {};
  return portShard({
    post: (request) => queueMicrotask(() => handler(answer(request))),
    onReply: (reply) => {
      handler = reply;
    },
  });
}
