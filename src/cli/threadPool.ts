/**
 * Shards in Node worker threads, as RemoteShards for `simulateSharded`. The threads inherit this
 * process's TypeScript loader (tsx), so they run the same source as the main thread.
 */
import { Worker } from 'node:worker_threads';
import { portShard } from '../sim/run/portShard.ts';
import type { RemoteShard, ShardResponse } from '../sim/run/shardProtocol.ts';

export interface ThreadPool {
  shards: RemoteShard[];
  close(): Promise<void>;
}

export function startThreadPool(size: number): ThreadPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./shardThread.boot.mjs', import.meta.url)));
  const shards = workers.map((worker) =>
    portShard({
      post: (request) => worker.postMessage(request),
      onReply: (handler) => worker.on('message', (response: ShardResponse) => handler(response)),
    }),
  );
  return {
    shards,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
