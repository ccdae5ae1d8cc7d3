/**
 * The shard worker: one slice of the market's people, stepped week by week on request. It is the
 * core's shard host wired to this worker's messages and nothing more; requests and replies carry
 * ids, and errors come back as strings inside the reply.
 */
import { createShardHost, type ShardRequest } from '../sim/index.ts';
import { loadLocaleData } from './localeData.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = createShardHost();
loadLocaleData();

scope.onmessage = (event: MessageEvent<ShardRequest>) => {
  scope.postMessage(answer(event.data));
};
