/**
 * The state of "Your customers" (DataView): the file the reader chose, its preview, the choices
 * they made (columns, date format, end of calibration) and the fits, made in the fitting worker
 * (FitClient), or the demo shop simulated there. Only the latest request's reply is kept, so
 * changing a choice while a fit runs never shows an older answer. The file's text stays in this
 * page: it is never sent anywhere.
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
  private text: string | null = null;
  private latest = 0;
  /** The worker's id of the fit on screen (its predictions are made there). */
  private fitId: number | null = null;

  constructor(private readonly client: FitClient = new FitClient()) {}

  /** Read a file the reader chose or dropped, and fit it with the choices found from it. */
  async open(file: File): Promise<void> {
    this.fileName = file.name;
    this.demo = false;
    this.fit = null;
    this.preview = null;
    if (file.size > MAX_FILE_BYTES) {
      this.fail(`the file is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be read`);
      return;
    }
    this.status = 'reading';
    const request = ++this.latest;
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (request === this.latest) this.fail('this browser could not read the file');
      return;
    }
    if (request !== this.latest) return;
    await this.openText(file.name, text);
  }

  /** Fit a text as if it were a file (the demo shop's, or a test's). */
  async openText(name: string, text: string): Promise<void> {
    this.fileName = name;
    this.demo = false;
    this.text = text;
    this.options = {};
    await this.run(() => this.client.fit(text, {}));
  }

  /** Simulate the demo shop (analysis/demo/demoShop.ts) and fit it, calibrated to its week 39. */
  async openDemo(): Promise<void> {
    this.fileName = DEMO_SHOP.fileName;
    this.demo = true;
    this.fit = null;
    this.preview = null;
    this.text = null;
    await this.run(() => this.client.demo(1));
  }

  /** The file on screen as text (the demo shop's, to download), or null. */
  get fileText(): string | null {
    return this.text;
  }

  /** Fit the same file again with other choices. */
  async refit(options: FitOptions): Promise<void> {
    const text = this.text;
    if (text === null) return;
    this.options = options;
    await this.run(() => this.client.fit(text, options));
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

  dispose(): void {
    this.latest++;
    this.client.dispose();
  }

  private async run(ask: () => Promise<FitReply>): Promise<void> {
    const request = ++this.latest;
    this.status = 'fitting';
    this.error = null;
    try {
      const reply = await ask();
      if (request !== this.latest) return;
      if (reply.demo) {
        this.text = reply.demo.text;
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
