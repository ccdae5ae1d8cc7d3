/**
 * The messages between the page and the fitting worker (fit.worker.ts): a request carries the
 * file's text and the reader's choices, or asks for the demo shop (analysis/demo/demoShop.ts),
 * which the worker simulates; the reply carries the file's preview (for choosing its columns),
 * the demo shop's file when it was asked for, and either the fits (analysis/fitFile.ts) or the
 * sentence on why there are none.
 */
import type { FileFit, FitOptions } from '../analysis/fitFile.ts';
import type { FilePreview } from '../analysis/import/transactions.ts';

export type FitRequest = { id: number } & ({ text: string; options: FitOptions } | { demoSeed: number });

/** What a file came to: its preview, and its fits or why there are none. */
export type FitOutcome = { preview: FilePreview } & ({ ok: true; fit: FileFit } | { ok: false; error: string });

export type FitReply = { id: number; demo?: { text: string; options: FitOptions } } & FitOutcome;
