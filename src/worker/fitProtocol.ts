/**
 * The messages between the page and the fitting worker (fit.worker.ts): a request carries the
 * file's text and the reader's choices; the reply carries the file's preview (for choosing its
 * columns) and either the fits (analysis/fitFile.ts) or the sentence on why there are none.
 */
import type { FileFit, FitOptions } from '../analysis/fitFile.ts';
import type { FilePreview } from '../analysis/import/transactions.ts';

export interface FitRequest {
  id: number;
  text: string;
  options: FitOptions;
}

export type FitReply = { id: number; preview: FilePreview } & ({ ok: true; fit: FileFit } | { ok: false; error: string });
