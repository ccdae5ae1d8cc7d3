/**
 * One shard worker of the page and the RemoteShard over its messages. A worker that stops
 * unexpectedly or sends a message that cannot be read calls `onFail` with a sentence; whoever
 * spawned it decides what to settle and whether to start fresh workers.
 */
import { portShard, type RemoteShard, type ShardRequest, type ShardResponse } from '../sim/index.ts';
import { createShardWorker } from './createWorker.ts';

export interface ShardWorker {
  worker: Worker;
  shard: RemoteShard;
}

export function spawnShardWorker(onFail: (message: string) => void): ShardWorker {
  const worker = createShardWorker();
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFail(event.message || 'a simulation worker stopped unexpectedly');
  });
  worker.addEventListener('messageerror', () => onFail('a simulation worker sent a message that could not be read'));
  const shard = portShard({
    post: (request: ShardRequest) => worker.postMessage(request),
    onReply: (handler) => {
      worker.addEventListener('message', (event: MessageEvent<ShardResponse>) => handler(event.data));
    },
  });
  return { worker, shard };
}
