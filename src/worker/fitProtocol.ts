/**
 * The messages between the page and the fitting worker (fit.worker.ts): a request carries the
 * file's text and the reader's choices, or asks for the demo shop (analysis/demo/demoShop.ts),
 * which the worker simulates; the reply carries the file's preview (for choosing its columns),
 * the demo shop's file when it was asked for, and either the fits as the page shows them
 * (analysis/fitFile.ts's FitOnScreen: the per-customer base stays in the worker) or the sentence
 * on why there are none. A file is read in the worker, in chunks, with its progress said on the
 * way. A request for the predictions of the latest fit gets each customer's as CSV.
 */
import type { FitOnScreen, FitOptions } from '../analysis/fitFile.ts';
import type { FilePreview } from '../analysis/import/transactions.ts';

export type FitRequest = { id: number } & (
  /** A file the reader chose: the worker reads it (FitProgress on the way) and keeps its text for refits. */
  | { file: Blob; options: FitOptions }
  /** The file the worker read last, with other choices. */
  | { refit: FitOptions }
  | { demoSeed: number }
  /** Each customer's predictions over `horizon` weeks from the fit that request `predictionsOf` made. */
  | { predictionsOf: number; horizon: number }
);

/** What a file came to: its preview, and its fits or why there are none. */
export type FitOutcome = { preview: FilePreview } & ({ ok: true; fit: FitOnScreen } | { ok: false; error: string });

export type FitReply = { id: number; demo?: { text: string; options: FitOptions } } & FitOutcome;

/** The CSV of predictionsOfFit, or why there is none. */
export type PredictionsCsv = { ok: true; csv: string } | { ok: false; error: string };

export type PredictionsReply = { id: number } & PredictionsCsv;

/** How much of a file request `id` asked for has been read, from 0 to 1: a message before its reply. */
export interface FitProgress {
  id: number;
  progress: number;
}

export type WorkerReply = FitReply | PredictionsReply;
