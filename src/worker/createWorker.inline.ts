/**
 * How the single-file build starts its workers (the shard worker and the fitting worker): the worker's bundled code travels inside the
 * page as a string, and Vite's `?worker&inline` wrapper starts it from a `blob:` URL (the CSP of
 * the single file allows `worker-src blob:`), as a classic worker (a page opened from disk cannot
 * start a module worker from a blob: URL). Opened from disk, the page can fetch no file of its
 * own, so this is the only way it has to start a worker. Chosen in place of `createWorker.ts` by
 * the single-file plugin (src/build/singleFile.ts); never imported directly.
 */
import FitWorker from './fit.worker.ts?worker&inline';
import ShardWorker from './shard.worker.ts?worker&inline';

export function createShardWorker(): Worker {
  return new ShardWorker();
}

export function createFitWorker(): Worker {
  return new FitWorker();
}
