/**
 * The fitting worker: reads a user's file and fits the customer-base models off the page's main
 * thread, so the page stays responsive while a large file is fitted. The file never leaves it:
 * the worker makes no request. An unexpected error comes back as a sentence in the reply.
 */
import { fitFile } from '../analysis/fitFile.ts';
import { previewOf } from '../analysis/import/transactions.ts';
import type { FitReply, FitRequest } from './fitProtocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<FitRequest>) => {
  const { id, text, options } = event.data;
  const preview = previewOf(text);
  let reply: FitReply;
  try {
    const fitted = fitFile(text, options);
    reply = fitted.ok ? { id, preview, ok: true, fit: fitted.value } : { id, preview, ok: false, error: fitted.error };
  } catch (error) {
    reply = { id, preview, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
