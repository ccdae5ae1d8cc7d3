// Entry of a benchmark worker thread: registers the TypeScript loader (tsx), then loads the
// shard thread. Node 20 does not pass a parent's loader hooks to worker threads.
import { register } from 'tsx/esm/api';

register();
await import('./shardThread.ts');
