/**
 * The state of "Your customers" (DataView): the file the reader chose, its preview, the choices
 * they made (columns, date format, end of calibration) and the fits, made in the fitting worker
 * (FitClient), or the demo shop simulated there. The file itself goes to the worker, which reads
 * it with its progress (`progress`) and keeps its text for fitting it again. Only the latest
 * request's reply is kept, so changing a choice while a fit runs never shows an older answer.
 * Nothing is sent anywhere else.
 */
import { MAX_FILE_BYTES, type FitOnScreen, type FitOptions } from '../../analysis/fitFile.ts';
import type { FilePreview } from '../../analysis/import/transactions.ts';
import { DEMO_SHOP } from '../../analysis/demo/demoShop.ts';
import { FitClient } from '../../worker/fitClient.ts';
import type { FitReply, PredictionsCsv } from '../../worker/fitProtocol.ts';

export type FitStatus = 'idle' | 'reading' | 'fitting' | 'done' | 'failed';

export class CustomerFit {
  status = $state<FitStatus>('idle');
  fileName = $state<string | null>(null);
  preview = $state.raw<FilePreview | null>(null);
  fit = $state.raw<FitOnScreen | null>(null);
  error = $state<string | null>(null);
  options = $state.raw<FitOptions>({});
  /** Whether the file on screen is the demo shop's (its true parameters are then known). */
  demo = $state(false);
  /** The share of the file read so far while `status` is 'reading', from 0 to 1. */
  progress = $state(0);
  /** The demo shop's file, for its download. */
  private demoText: string | null = null;
  private latest = 0;
  /** The worker's id of the fit on screen (its predictions are made there). */
  private fitId: number | null = null;

  constructor(private readonly client: FitClient = new FitClient()) {}

  /** Read a file the reader chose or dropped (in the worker), and fit it with the choices found from it. */
  async open(file: File): Promise<void> {
    this.fileName = file.name;
    this.demo = false;
    this.demoText = null;
    this.fit = null;
    this.preview = null;
    this.options = {};
    if (file.size > MAX_FILE_BYTES) {
      this.latest++;
      this.fail(`the file is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be read`);
      return;
    }
    this.progress = 0;
    await this.run(
      () =>
        this.client.fitFile(file, {}, (share) => {
          this.progress = share;
          if (share >= 1) this.status = 'fitting';
        }),
      'reading',
    );
  }

  /** Simulate the demo shop (analysis/demo/demoShop.ts) and fit it, calibrated to its week 39. */
  async openDemo(): Promise<void> {
    this.fileName = DEMO_SHOP.fileName;
    this.demo = true;
    this.demoText = null;
    this.fit = null;
    this.preview = null;
    await this.run(() => this.client.demo(1));
  }

  /** The demo shop's file as text (for its download), or null. */
  get fileText(): string | null {
    return this.demoText;
  }

  /** Fit the same file again with other choices. */
  async refit(options: FitOptions): Promise<void> {
    this.options = options;
    await this.run(() => this.client.refit(options));
  }

  /** Each customer's predictions over `horizon` weeks from the fit on screen, as CSV, or why there are none. */
  async predictions(horizon: number): Promise<PredictionsCsv> {
    if (this.fitId === null) return { ok: false, error: 'nothing has been fitted' };
    try {
      const reply = await this.client.predictions(this.fitId, horizon);
      return reply.ok ? { ok: true, csv: reply.csv } : { ok: false, error: reply.error };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Starts the fitting worker ahead of the first file (FitClient.prepare). */
  prepare(): void {
    this.client.prepare();
  }

  dispose(): void {
    this.latest++;
    this.client.dispose();
  }

  private async run(ask: () => Promise<FitReply>, first: 'reading' | 'fitting' = 'fitting'): Promise<void> {
    const request = ++this.latest;
    this.status = first;
    this.error = null;
    try {
      const reply = await ask();
      if (request !== this.latest) return;
      if (reply.demo) {
        this.demoText = reply.demo.text;
        this.options = reply.demo.options;
      }
      this.preview = reply.preview;
      if (reply.ok) {
        this.fit = reply.fit;
        this.fitId = reply.id;
        this.status = 'done';
      } else {
        this.fit = null;
        this.fail(reply.error);
      }
    } catch (error) {
      if (request === this.latest) this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private fail(error: string): void {
    this.error = error;
    this.status = 'failed';
  }
}
