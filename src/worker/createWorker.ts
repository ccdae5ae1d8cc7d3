/**
 * How the page starts a shard worker: from its own file, which the build emits beside the app's
 * scripts (`assets/shard.worker-*.js`), so the browser caches it and the CSP's `worker-src
 * 'self'` allows it. The single-file build (`npm run build:single`) swaps this module for
 * `createWorker.inline.ts`, which carries the worker's code inside the page; both export the
 * same function, so the pool has one code path.
 */
export function createShardWorker(): Worker {
  return new Worker(new URL('./shard.worker.ts', import.meta.url), { type: 'module' });
}
