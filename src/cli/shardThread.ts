/**
 * A Node worker thread holding one shard: the core's shard host wired to the thread's port.
 * Used by the benchmark to split a run over the machine's cores.
 */
import { parentPort } from 'node:worker_threads';
import { createShardHost } from '../sim/run/shardHost.ts';
import type { ShardRequest } from '../sim/run/shardProtocol.ts';

const answer = createShardHost();
parentPort?.on('message', (request: ShardRequest) => parentPort?.postMessage(answer(request)));
