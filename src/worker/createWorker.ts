/**
 * How the page starts its workers, the shard worker and the fitting worker: each from its own
 * file, which the build emits beside the app's scripts (`assets/shard.worker-*.js`), so the
 * browser caches it and the CSP's `worker-src 'self'` allows it. The single-file build (`npm run
 * build:single`) swaps this module for `createWorker.inline.ts`, which carries the workers' code
 * inside the page; both export the same functions, so each client has one code path. Import it as
 * './createWorker.ts' from this folder: that is the import the single-file build replaces.
 */
export function createShardWorker(): Worker {
  return new Worker(new URL('./shard.worker.ts', import.meta.url), { type: 'module' });
}

export function createFitWorker(): Worker {
  return new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
}
