/**
 * The page's side of the fitting worker: one worker, started on the first request, and a promise
 * per request (a file to fit, the demo shop to simulate and fit, or the latest fit's predictions). A newer request does not cancel an older one; the caller keeps the latest (each
 * reply carries its request's id). A worker that fails (it could not start, or it crashed) fails
 * every waiting request with a sentence, and the next request starts a new worker.
 */
import type { FitOptions } from '../analysis/fitFile.ts';
import { createFitWorker } from './createWorker.ts';
import type { FitProgress, FitReply, FitRequest, PredictionsReply, WorkerReply } from './fitProtocol.ts';

export class FitClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: (share: number) => void }
  >();

  constructor(private readonly create: () => Worker = createFitWorker) {}

  /** Starts the worker before the first request, so that it is ready (and its locale data loaded, localeData.ts) when a file comes. */
  prepare(): void {
    this.started();
  }

  /** A file read in the worker (never copied into this page), with the share read so far on the way. */
  fitFile(file: Blob, options: FitOptions, onProgress: (share: number) => void): Promise<FitReply> {
    return this.send({ id: this.nextId++, file, options }, onProgress) as Promise<FitReply>;
  }

  /** The file the worker read last, fitted again with other choices. */
  refit(options: FitOptions): Promise<FitReply> {
    return this.send({ id: this.nextId++, refit: options }) as Promise<FitReply>;
  }

  /** The demo shop of `seed`, simulated and fitted in the worker: the reply carries its file. */
  demo(seed: number): Promise<FitReply> {
    return this.send({ id: this.nextId++, demoSeed: seed }) as Promise<FitReply>;
  }

  /** Each customer's predictions over `horizon` weeks from the fit that reply `fitId` carried, as CSV. */
  predictions(fitId: number, horizon: number): Promise<PredictionsReply> {
    return this.send({ id: this.nextId++, predictionsOf: fitId, horizon }) as Promise<PredictionsReply>;
  }

  private send(request: FitRequest, onProgress?: (share: number) => void): Promise<WorkerReply> {
    const worker = this.started();
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject, onProgress });
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll('the fitting was stopped');
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<WorkerReply | FitProgress>) => {
      const waiting = this.waiting.get(event.data.id);
      if ('progress' in event.data) {
        waiting?.onProgress?.(event.data.progress);
        return;
      }
      this.waiting.delete(event.data.id);
      waiting?.resolve(event.data as WorkerReply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (this.worker === worker) this.worker = null;
      this.failAll(event.message || 'the fitting worker stopped');
    };
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    for (const { reject } of this.waiting.values()) reject(new Error(reason));
    this.waiting.clear();
  }
}
